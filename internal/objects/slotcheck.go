package objects

import "github.com/go-python/gpython/py"

// slotOp is the Go method of an operator with the signature gpython's VM calls
// (M__add__(Object) (Object, error) ...), which is what slotWrappers wraps: has tells
// whether a value implements it, call calls it (found is false when the value does not).
// Interface assertions answer both: finding the method by name with reflect cost a tenth
// of every process's start, and a fifth of the time of a dict subclass's item stores
// (collections.Counter.update) when the wrapper did it on every call.
type slotOp struct {
	has  func(py.Object) bool
	call func(self py.Object, args []py.Object) (res py.Object, found bool, err error)
}

// slotGo maps an operator method's name to its Go method.
var slotGo = map[string]slotOp{
	"__add__": op1(py.I__add__.M__add__), "__radd__": op1(py.I__radd__.M__radd__), "__iadd__": op1(py.I__iadd__.M__iadd__),
	"__sub__": op1(py.I__sub__.M__sub__), "__rsub__": op1(py.I__rsub__.M__rsub__), "__isub__": op1(py.I__isub__.M__isub__),
	"__mul__": op1(py.I__mul__.M__mul__), "__rmul__": op1(py.I__rmul__.M__rmul__), "__imul__": op1(py.I__imul__.M__imul__),
	"__truediv__": op1(py.I__truediv__.M__truediv__), "__rtruediv__": op1(py.I__rtruediv__.M__rtruediv__),
	"__floordiv__": op1(py.I__floordiv__.M__floordiv__), "__rfloordiv__": op1(py.I__rfloordiv__.M__rfloordiv__),
	"__mod__": op1(py.I__mod__.M__mod__), "__rmod__": op1(py.I__rmod__.M__rmod__),
	"__lshift__": op1(py.I__lshift__.M__lshift__), "__rlshift__": op1(py.I__rlshift__.M__rlshift__),
	"__rshift__": op1(py.I__rshift__.M__rshift__), "__rrshift__": op1(py.I__rrshift__.M__rrshift__),
	"__and__": op1(py.I__and__.M__and__), "__rand__": op1(py.I__rand__.M__rand__), "__iand__": op1(py.I__iand__.M__iand__),
	"__or__": op1(py.I__or__.M__or__), "__ror__": op1(py.I__ror__.M__ror__), "__ior__": op1(py.I__ior__.M__ior__),
	"__xor__": op1(py.I__xor__.M__xor__), "__rxor__": op1(py.I__rxor__.M__rxor__), "__ixor__": op1(py.I__ixor__.M__ixor__),
	"__lt__": op1(py.I__lt__.M__lt__), "__le__": op1(py.I__le__.M__le__), "__gt__": op1(py.I__gt__.M__gt__), "__ge__": op1(py.I__ge__.M__ge__),
	"__rpow__": op1(py.I__rpow__.M__rpow__), "__neg__": op0(py.I__neg__.M__neg__), "__pos__": op0(py.I__pos__.M__pos__),
	"__abs__": op0(py.I__abs__.M__abs__), "__invert__": op0(py.I__invert__.M__invert__), "__bool__": op0(py.I__bool__.M__bool__),
	"__int__": op0(py.I__int__.M__int__), "__float__": op0(py.I__float__.M__float__),
	"__getitem__": op1(py.I__getitem__.M__getitem__), "__setitem__": op2(py.I__setitem__.M__setitem__),
	"__delitem__": op1(py.I__delitem__.M__delitem__), "__contains__": op1(py.I__contains__.M__contains__),
	"__len__": op0(py.I__len__.M__len__), "__iter__": op0(py.I__iter__.M__iter__), "__reversed__": op0(py.I__reversed__.M__reversed__),
	// __pow__ with or without the modulus (gpython's takes it).
	"__pow__": {has: func(o py.Object) bool { return has[py.I__pow__](o) || has[unaryPow](o) }, call: callPow},
	// __divmod__ and __rdivmod__ return two values in Go: not the operator method shape.
}

type unaryPow interface {
	M__pow__(other py.Object) (py.Object, error)
}

// callPow calls M__pow__ with the modulus (None when not given) or, for a Go method
// without one, only when none was given (NotImplemented otherwise).
func callPow(self py.Object, a []py.Object) (py.Object, bool, error) {
	switch m := self.(type) {
	case py.I__pow__:
		mod := py.Object(py.None)
		if len(a) == 2 {
			mod = a[1]
		}
		res, err := m.M__pow__(a[0], mod)
		return res, true, err
	case unaryPow:
		if len(a) == 2 {
			return py.NotImplemented, true, nil
		}
		res, err := m.M__pow__(a[0])
		return res, true, err
	}
	return nil, false, nil
}

func has[I any](o py.Object) bool {
	_, ok := o.(I)
	return ok
}

func op0[I any](f func(I) (py.Object, error)) slotOp {
	return slotOp{has: has[I], call: func(self py.Object, _ []py.Object) (py.Object, bool, error) {
		m, ok := self.(I)
		if !ok {
			return nil, false, nil
		}
		res, err := f(m)
		return res, true, err
	}}
}

func op1[I any](f func(I, py.Object) (py.Object, error)) slotOp {
	return slotOp{has: has[I], call: func(self py.Object, a []py.Object) (py.Object, bool, error) {
		m, ok := self.(I)
		if !ok {
			return nil, false, nil
		}
		res, err := f(m, a[0])
		return res, true, err
	}}
}

func op2[I any](f func(I, py.Object, py.Object) (py.Object, error)) slotOp {
	return slotOp{has: has[I], call: func(self py.Object, a []py.Object) (py.Object, bool, error) {
		m, ok := self.(I)
		if !ok {
			return nil, false, nil
		}
		res, err := f(m, a[0], a[1])
		return res, true, err
	}}
}
