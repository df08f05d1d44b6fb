package compiler

import (
	"github.com/go-python/gpython/py"
)

// a @ b and a @= b (PEP 465). gpython's VM has no opcode for them and its objects no slot,
// so they always go through Binary and Inplace, which call the special methods as
// CPython's binary_op1 does: __imatmul__ first for @=, then a.__matmul__(b), then
// b.__rmatmul__(a) (first when b's type is a subclass of a's), NotImplemented passing on.

func matmul(a, b py.Object, inplace bool) (py.Object, error) {
	if inplace {
		if res, ok, err := callSpecial(a, "__imatmul__", b); ok {
			return res, err
		}
	}
	ta, tb := a.Type(), b.Type()
	rightFirst := tb != ta && tb.IsSubtype(ta) && tb.NativeGetAttrOrNil("__rmatmul__") != nil
	if rightFirst {
		if res, ok, err := callSpecial(b, "__rmatmul__", a); ok {
			return res, err
		}
	}
	if res, ok, err := callSpecial(a, "__matmul__", b); ok {
		return res, err
	}
	if tb != ta && !rightFirst {
		if res, ok, err := callSpecial(b, "__rmatmul__", a); ok {
			return res, err
		}
	}
	op := "@"
	if inplace {
		op = "@="
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, ta.Name, tb.Name)
}

// callSpecial calls the special method name of x's type, bound to x, with arg; ok is
// false when the type has no such method or it returns NotImplemented.
func callSpecial(x py.Object, name string, arg py.Object) (py.Object, bool, error) {
	if x.Type().NativeGetAttrOrNil(name) == nil {
		return nil, false, nil
	}
	m, err := py.GetAttrString(x, name)
	if err != nil {
		return nil, true, err
	}
	res, err := py.Call(m, py.Tuple{arg}, nil)
	if err != nil {
		return nil, true, err
	}
	if res == py.NotImplemented {
		return nil, false, nil
	}
	return res, true, nil
}
