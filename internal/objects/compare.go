package objects

import (
	"bytes"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// reflectedOp maps a comparison to its reflection (a < b is b > a) and its special methods.
var compareOps = map[string]struct{ name, reflected, reflectedOp string }{
	"<":  {"__lt__", "__gt__", ">"},
	"<=": {"__le__", "__ge__", ">="},
	">":  {"__gt__", "__lt__", "<"},
	">=": {"__ge__", "__le__", "<="},
}

// Compare computes a <op> b for op one of "<", "<=", "==", "!=", ">", ">=" with CPython's
// semantics; it implements compiler.RT.Compare. Numbers compare across types, str/bytes by
// content, tuples and lists lexicographically, sets by inclusion; other objects through their
// special methods (py.I__lt__ ... or a method in their type), trying the reflected method of the
// right operand when the left one is missing or returns NotImplemented.
func Compare(op string, a, b py.Object) (py.Object, error) {
	switch op {
	case "==":
		return richEq(a, b)
	case "!=":
		return richNe(a, b)
	}
	ops, ok := compareOps[op]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "bad comparison operator %q", op)
	}
	if numKind(a) != 0 && numKind(a) != 3 && numKind(b) != 0 && numKind(b) != 3 {
		c, unordered := numCmp(a, b)
		if unordered {
			return py.False, nil
		}
		return py.NewBool(opHolds(op, c)), nil
	}
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return py.NewBool(opHolds(op, strings.Compare(string(x), string(y)))), nil
		}
	case py.Bytes:
		if y, ok := asBytes(NativeOf(b)); ok {
			return py.NewBool(opHolds(op, bytes.Compare(x, y))), nil
		}
	case *ByteArray:
		if y, ok := BytesLike(b); ok { // a bytearray orders against any bytes-like object
			return py.NewBool(opHolds(op, bytes.Compare(x.b, y))), nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return seqCompare(op, x, y)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return seqCompare(op, x.Items, y.Items)
		}
	}
	if t, ok := asSetTable(a); ok {
		if res, err := setCompare(op, t, b); res != nil || err != nil {
			return res, err
		}
	}
	if !builtinCompared(a) || !builtinCompared(b) {
		if res, err := callCmp(a, ops.name, b); res != nil || err != nil {
			return res, err
		}
		if res, err := callCmp(b, ops.reflected, a); res != nil || err != nil {
			return res, err
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b))
}

// asBytes returns the contents of bytes or bytearray.
func asBytes(x py.Object) ([]byte, bool) {
	switch v := x.(type) {
	case py.Bytes:
		return v, true
	case *ByteArray:
		return v.b, true
	}
	return nil, false
}

// opHolds reports whether op holds for a three-way comparison result c.
func opHolds(op string, c int) bool {
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	case "==":
		return c == 0
	}
	return c != 0
}

// seqCompare orders two sequences lexicographically: the first unequal pair decides.
func seqCompare(op string, x, y []py.Object) (py.Object, error) {
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		eq, err := Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			return Compare(op, x[i], y[i])
		}
	}
	return py.NewBool(opHolds(op, cmp3(len(x) < len(y), len(x) > len(y)))), nil
}

// Less reports whether a < b (Compare("<") as a Go bool).
func Less(a, b py.Object) (bool, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			return x < y, nil
		}
	}
	if x, ok := a.(py.String); ok {
		if y, ok := b.(py.String); ok {
			return x < y, nil
		}
	}
	r, err := Compare("<", a, b)
	if err != nil {
		return false, err
	}
	return truth(r)
}

// Contains implements x in container with CPython's rules (identity, then ==). gpython's VM
// gets bytes (it compares x with each byte) and str subclasses wrong, so the compiler can route
// the in operator here.
func Contains(container, x py.Object) (bool, error) {
	switch c := container.(type) {
	case py.Tuple:
		return seqContains(c, x)
	case *py.List:
		return seqContains(c.Items, x)
	case py.String:
		s, ok := x.(py.String)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "'in <string>' requires string as left operand, not %s", typeName(x))
		}
		return strings.Contains(string(c), string(s)), nil
	case py.Bytes, *ByteArray, *MemoryView:
		sub, err := subArg(x)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return false, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(x))
			}
			return false, err
		}
		return bytes.Contains(rawBytes(c), sub), nil
	}
	found, err := py.SequenceContains(container, x)
	if err != nil && notIterable(container, err) {
		return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", typeName(container))
	}
	return found, err
}

// notIterable reports whether err is gpython's refusal to iterate container itself (an
// int, None...), which "in" words CPython's way.
func notIterable(container py.Object, err error) bool {
	switch container.(type) {
	case py.I__iter__, py.I__getitem__:
		return false
	}
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return false
	}
	args, _ := e.Args.(py.Tuple)
	return len(args) == 1 && args[0] == py.String("'"+typeName(container)+"' object is not iterable")
}

// GetItem implements container[key]. gpython's bytes has no Go __getitem__ and its VM cannot
// find one placed in the type dictionary, so the compiler can route subscripts here.
func GetItem(container, key py.Object) (py.Object, error) {
	if b, ok := container.(py.Bytes); ok {
		return bytesGetItem(b, key)
	}
	if t, ok := container.(*py.Type); ok && t.Type() != py.TypeType && ClassGetItem != nil {
		return metaclassGetItem(t, key)
	}
	if _, ok := container.(*py.Range); ok {
		return rangeGetItem(container, key)
	}
	return py.GetItem(container, key)
}

// rangeGetItem is r[key] for a range of gpython's, with CPython's results for ints beyond
// int64: an index is out of range, a slice's bounds are clipped.
func rangeGetItem(r, key py.Object) (py.Object, error) {
	switch k := key.(type) {
	case *py.Slice:
		key = compiler.ClampSlice(k)
	case *py.BigInt:
		if !(*big.Int)(k).IsInt64() {
			return nil, py.ExceptionNewf(py.IndexError, "range object index out of range")
		}
	}
	return py.GetItem(r, key)
}

// metaclassGetItem is cls[key] for a class whose metaclass is not type (gpython finds
// neither the metaclass's own __getitem__ nor the class's __class_getitem__): the
// metaclass's __getitem__ if a metaclass below type defines one, else the class's
// __class_getitem__, as CPython's PyObject_GetItem.
func metaclassGetItem(cls *py.Type, key py.Object) (py.Object, error) {
	for _, b := range cls.Type().Mro {
		mt, ok := b.(*py.Type)
		if !ok || mt == py.TypeType {
			break
		}
		if m, found := mt.Dict["__getitem__"]; found {
			return py.Call(m, py.Tuple{cls, key}, nil)
		}
	}
	return ClassGetItem(cls, key)
}

// Len implements len(x), including bytes (which gpython's py.Len rejects).
func Len(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.Bytes:
		return py.Int(len(v)), nil
	case py.String:
		return py.Int(strLen(string(v))), nil
	}
	return py.Len(x)
}

// Iter implements iter(x), including bytes.
func Iter(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.Bytes:
		return &bytesIter{b: v}, nil
	case py.String:
		return newStrIter(v), nil
	}
	return py.Iter(x)
}

func seqContains(items []py.Object, x py.Object) (bool, error) {
	for i := 0; i < len(items); i++ {
		eq, err := Equal(items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
