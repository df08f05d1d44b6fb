package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gpython v0.2.0's tuple concatenation copies the right operand to the offset of its own
// length, so (1, 2, 3) + (4,) is (1, 4, 3) and ('a',) + (1, 2) holds a nil that crashes
// whatever touches it; and its errors for str, bytes, list and tuple are not CPython's
// ("can only concatenate str (not "int") to str"). "+" and "+=" therefore go through
// helperAdd unless the left operand is known to be a number, or both are strs, or the
// right one is a number and the left one is not known to be a str (scalars.go): there
// BINARY_ADD is right or, for a sequence plus a number, only words its error differently.

// addRouted reports whether a + b must go through helperAdd.
func (u *unit) addRouted(left, right ast.ExprNode) bool {
	l, r := u.kindOf(left), u.kindOf(right)
	switch {
	case l == kindStr:
		return r != kindStr
	case l.numeric():
		return false
	}
	// An unknown left operand plus a number is most often arithmetic: kept on the fast
	// path, at the price of gpython's wording when the left operand is in fact a sequence.
	return !r.numeric()
}

// Add computes a + b as CPython does where gpython's py.Add is wrong (tuple + tuple).
func Add(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x.M__add__(y)
		}
	case py.Bool:
		if res, ok, err := numbers(ast.Add, a, b); ok {
			return res, err
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			t := make(py.Tuple, 0, len(x)+len(y))
			return append(append(t, x...), y...), nil
		}
	}
	// bytes or bytearray + any bytes-like object (gpython's methods take only their own).
	if RT.ConcatBytes != nil {
		if res, ok := RT.ConcatBytes(a, b); ok {
			return res, nil
		}
	}
	if res, ok, err := metaclassBinary(ast.Add, a, b); ok {
		return res, err
	}
	res, err := py.Add(a, b)
	if err != nil {
		return nil, concatError(a, b, err)
	}
	return res, nil
}

// isUnsupported reports whether err is gpython's TypeError "unsupported operand type(s)
// for <op>".
func isUnsupported(err error, op string) bool {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return false
	}
	msg, _ := e.Args.(py.Tuple)
	return len(msg) == 1 && strings.HasPrefix(fmt.Sprint(msg[0]), "unsupported operand type(s) for "+op+":")
}

// concatError rewrites gpython's "unsupported operand type(s) for +" for a sequence on
// the left into CPython's message for that sequence.
func concatError(a, b py.Object, err error) error {
	if !isUnsupported(err, "+") {
		return err
	}
	switch a.(type) {
	case py.String, py.Tuple, *py.List:
		name := a.Type().Name
		return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", name, b.Type().Name, name)
	case py.Bytes:
		return py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", b.Type().Name)
	}
	return err
}

// IAdd computes a += b: in place where a has __iadd__ (a list, extended by any
// iterable), else as Add.
func IAdd(a, b py.Object) (py.Object, error) {
	if _, ok := a.(py.Bool); ok {
		return Add(a, b)
	}
	if l, ok := a.(*py.List); ok {
		return extendList(l, b)
	}
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			return Add(x, y)
		}
	}
	if _, ok := a.(py.Bytes); ok {
		return Add(a, b) // bytes are immutable: += is +
	}
	if res, ok, err := metaclassInplace(ast.Add, a, b); ok {
		return res, err
	}
	res, err := py.IAdd(a, b)
	if err != nil {
		if e := concatError(a, b, err); e != err {
			return nil, e
		}
		return nil, operandError(ast.Add, true, a, b, err)
	}
	return res, nil
}

// IMul computes a *= b: a list is repeated in place (gpython's list.__imul__ returns a new
// list, so "l *= 2" lost every other reference's view of l).
func IMul(a, b py.Object) (py.Object, error) {
	if l, ok := a.(*py.List); ok {
		if n, isInt := b.(py.Int); isInt {
			if err := memlimit.Check(int(n), len(l.Items)*pointerPairSize); err != nil {
				return nil, err
			}
			if n <= 0 {
				l.Items = l.Items[:0]
			} else {
				l.Items = repeatItems(l.Items, int(n))
			}
			return l, nil
		}
		res, err := l.M__mul__(b)
		if err != nil {
			return nil, err
		}
		if res == py.NotImplemented {
			res, err := py.IMul(a, b)
			if err != nil && isUnsupported(err, "*") {
				return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
			}
			return res, err
		}
		l.Items = res.(*py.List).Items
		return l, nil
	}
	return py.IMul(a, b)
}

var (
	helperAdd = newHelper("<add>", func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.SystemError, "+: bad arguments")
		}
		return Add(args[0], args[1])
	}).withOp(vm.BINARY_ADD, 0)
	helperIAdd = newHelper("<iadd>", func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.SystemError, "+=: bad arguments")
		}
		return IAdd(args[0], args[1])
	}).withOp(vm.INPLACE_ADD, 0)
)

// extendList is list += iterable: the items of b appended to l in place (gpython's
// list.__iadd__ takes only a list, so l += (1, 2) raised TypeError).
func extendList(l *py.List, b py.Object) (py.Object, error) {
	switch v := b.(type) {
	case *py.List:
		l.Items = append(l.Items, v.Items...) // l += l reads the items before appending
		return l, nil
	case py.Tuple:
		l.Items = append(l.Items, v...)
		return l, nil
	}
	var items []py.Object
	err := py.Iterate(b, func(item py.Object) bool {
		items = append(items, item)
		return false
	})
	if err != nil {
		return nil, err
	}
	l.Items = append(l.Items, items...)
	return l, nil
}
