package compiler

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Subscripts, "in" and unpacking go through helpers, because gpython's BINARY_SUBSCR,
// COMPARE_OP in and UNPACK_SEQUENCE only know gpython's own Go interfaces: bytes cannot be
// indexed, sliced or unpacked, "in" on bytes compares items, and unpacking errors have
// Python 3.4's wording. The helpers handle lists, tuples and strs on the spot and pass
// anything else to RT. A subscript with a key known to be a str keeps BINARY_SUBSCR, an
// unpacking of a display of the right length keeps UNPACK_SEQUENCE, and a for loop that
// unpacks has its iterator check and convert each item (helperIterUnpack), so UNPACK_SEQUENCE
// stays the only instruction in the loop.

var (
	helperIn = newHelper("<in>", func(args py.Tuple) (py.Object, error) {
		ok, err := RT.Contains(args[1], args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	})
	helperNotIn = newHelper("<not in>", func(args py.Tuple) (py.Object, error) {
		ok, err := RT.Contains(args[1], args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(!ok), nil
	})
	// helperUnpack(value, n, star) returns value as a sequence of exactly the items
	// UNPACK_SEQUENCE n stores (the starred target's list among them when star >= 0).
	helperUnpack = newHelper("<unpack>", func(args py.Tuple) (py.Object, error) {
		n, _ := args[1].(py.Int)
		star, _ := args[2].(py.Int)
		return unpackValue(args[0], int(n), int(star))
	})
	// helperIterUnpack(iterable, n, star) is helperIter whose items are unpacked.
	helperIterUnpack = newHelper("<iter>", func(args py.Tuple) (py.Object, error) {
		it, err := RT.Iter(args[0])
		if err != nil {
			return nil, err
		}
		n, _ := args[1].(py.Int)
		star, _ := args[2].(py.Int)
		c, err := newCheckedIter(it)
		if err != nil {
			return nil, err
		}
		c.unpacks, c.unpack, c.star = true, int(n), int(star)
		return c, nil
	})
)

// subscriptHelper is the type of helperSubscr: a helper of its own type, called without
// the indirection of helper.fn, because subscripts are frequent.
type subscriptHelper struct{}

// helperSubscr(container, key) computes container[key].
var helperSubscr = &subscriptHelper{}

// Type implements py.Object.
func (*subscriptHelper) Type() *py.Type { return HelperType }

// M__call__ computes args[0][args[1]].
func (*subscriptHelper) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.SystemError, "subscript: bad arguments")
	}
	var v py.Object
	var err error
	key := args[1]
	if s, ok := key.(*py.Slice); ok {
		switch args[0].(type) {
		case *py.List, py.Tuple, py.String:
			key = ClampSlice(s)
		}
	}
	switch c := args[0].(type) {
	case *py.List:
		v, err = c.M__getitem__(key)
	case py.Tuple:
		v, err = c.M__getitem__(key)
	case py.String:
		if RT.StrItem != nil {
			if v, ok := RT.StrItem(c, key); ok {
				return v, nil
			}
		}
		v, err = c.M__getitem__(key)
	default:
		return RT.GetItem(args[0], args[1])
	}
	if err != nil {
		return nil, indexError(args[0], err)
	}
	return v, nil
}

// indexError gives the errors of gpython's list, tuple and str indexing CPython's wording.
func indexError(container py.Object, err error) error {
	what := map[string]string{"list": "list", "tuple": "tuple", "str": "string"}[container.Type().Name]
	msg := excMessage(err)
	switch {
	case msg == "index out of range" && py.IsException(py.IndexError, err):
		return py.ExceptionNewf(py.IndexError, "%s index out of range", what)
	case strings.HasPrefix(msg, "unsupported operand type(s) for index: '") && py.IsException(py.TypeError, err):
		key := strings.TrimSuffix(strings.TrimPrefix(msg, "unsupported operand type(s) for index: '"), "'")
		if what == "string" {
			return py.ExceptionNewf(py.TypeError, "string indices must be integers, not '%s'", key)
		}
		return py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", what, key)
	case msg == "Python int too large to convert to int64":
		return py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return err
}

// unpackValue checks and converts v for the unpacking into n targets, the one at index
// star (-1: none) starred, with CPython's errors.
func unpackValue(v py.Object, n, star int) (py.Object, error) {
	if star < 0 {
		// v itself, not s: converting s back to an interface would allocate.
		switch s := v.(type) {
		case py.Tuple:
			if len(s) == n {
				return v, nil
			}
		case *py.List:
			if len(s.Items) == n {
				return v, nil // UNPACK_SEQUENCE copies the items at once
			}
		}
	}
	it, err := RT.Iter(v)
	if err != nil {
		if py.IsException(py.TypeError, err) && excMessage(err) == "'"+v.Type().Name+"' object is not iterable" {
			return nil, py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", v.Type().Name)
		}
		return nil, err
	}
	before := n
	if star >= 0 {
		before = star
	}
	out := make(py.Tuple, 0, n)
	for len(out) < before {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				if star >= 0 {
					return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", n-1, len(out))
				}
				return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(out))
			}
			return nil, err
		}
		out = append(out, x)
	}
	if star < 0 {
		if _, err := py.Next(it); err == nil {
			return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", n)
		} else if !py.IsException(py.StopIteration, err) {
			return nil, err
		}
		return out, nil
	}
	var rest []py.Object
	for {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				break
			}
			return nil, err
		}
		rest = append(rest, x)
	}
	after := n - star - 1
	if len(rest) < after {
		return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", n-1, before+len(rest))
	}
	k := len(rest) - after
	out = append(out, py.NewListFromItems(rest[:k:k]))
	return append(out, rest[k:]...), nil
}

// excMessage returns the message of a gpython exception, or "".
func excMessage(err error) string {
	var exc py.Object
	switch x := err.(type) {
	case py.ExceptionInfo:
		exc = x.Value
	case *py.Exception:
		exc = x
	}
	if e, ok := exc.(*py.Exception); ok {
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
			if s, ok := args[0].(py.String); ok {
				return string(s)
			}
		}
	}
	return ""
}

// subscript compiles container[key] for the two values on top of the stack (the helper,
// when used, was loaded below them by subscriptHelper).
func (u *unit) subscript(h py.Object) {
	if h != nil {
		u.emitArg(vm.CALL_FUNCTION, 2)
		return
	}
	u.emit(vm.BINARY_SUBSCR)
}

// subscriptHelper loads and returns the helper that computes value[index], or returns
// nil when BINARY_SUBSCR is right for it: the key is a str (bytes cannot take one:
// fixMessage corrects gpython's error for that case).
func (u *unit) subscriptHelper(value, index ast.ExprNode) py.Object {
	if !u.routeSubscript(value, index) {
		return nil
	}
	u.loadConst(helperSubscr)
	return helperSubscr
}

// routeSubscript reports whether value[index] needs helperSubscr. A str indexed by
// anything but a str takes it too: gpython's BINARY_SUBSCR counts the str's code points
// at every subscript, the helper's RT.StrItem does not (a loop over s[i] would be
// quadratic).
func (u *unit) routeSubscript(value, index ast.ExprNode) bool {
	return u.kindOf(index) != kindStr
}

// unpackShape returns the number of targets and the index of the starred one (-1: none).
func unpackShape(elts []ast.ExprNode) (n, star int) {
	star = -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok && star < 0 {
			star = i
		}
	}
	return len(elts), star
}

// unpackTargets returns the elements of target when it is a tuple or list target.
func unpackTargets(target ast.ExprNode) ([]ast.ExprNode, bool) {
	switch t := target.(type) {
	case *ast.Tuple:
		return t.Elts, true
	case *ast.List:
		return t.Elts, true
	}
	return nil, false
}

// exactDisplay reports whether value is a tuple or list display with one item per target
// of an unstarred target list of n.
func exactDisplay(value ast.ExprNode, n, star int) bool {
	if star >= 0 {
		return false
	}
	var elts []ast.ExprNode
	switch v := value.(type) {
	case *ast.Tuple:
		elts = v.Elts
	case *ast.List:
		elts = v.Elts
	default:
		return false
	}
	if len(elts) != n {
		return false
	}
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			return false
		}
	}
	return true
}

// SubscriptIndex converts the key of seq[key] to a position as CPython's sequences do: an
// int beyond the machine's index range is IndexError "cannot fit 'int' into an
// index-sized integer" (gpython's conversion says OverflowError "... to int64").
func SubscriptIndex(key py.Object) (int, error) {
	if v, ok := key.(py.Int); ok {
		return int(v), nil
	}
	i, err := py.IndexInt(key)
	if err != nil && excMessage(err) == "Python int too large to convert to int64" {
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return i, err
}

// ClampSlice returns s with ints beyond the machine's index range replaced by its bounds,
// as CPython's slices clip them (l[-2**70:2**70] is all of l); s itself when it has none.
func ClampSlice(s *py.Slice) *py.Slice {
	start, stop, step := clampBound(s.Start), clampBound(s.Stop), clampBound(s.Step)
	if start == s.Start && stop == s.Stop && step == s.Step {
		return s
	}
	return &py.Slice{Start: start, Stop: stop, Step: step}
}

func clampBound(x py.Object) py.Object {
	if b, ok := x.(*py.BigInt); ok && !(*big.Int)(b).IsInt64() {
		if (*big.Int)(b).Sign() < 0 {
			return py.Int(math.MinInt64)
		}
		return py.Int(math.MaxInt64)
	}
	return x
}
