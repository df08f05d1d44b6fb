package objects

import "github.com/go-python/gpython/py"

// slotGo reports whether a value has the Go method of an operator with the signature
// gpython's VM calls (M__add__(Object) (Object, error) ...), which is what slotWrappers
// wraps. An interface assertion answers it; finding the method by name with reflect, as
// the wrapper does when it runs, cost a tenth of every process's start.
var slotGo = map[string]func(py.Object) bool{
	"__add__": has[py.I__add__], "__radd__": has[py.I__radd__], "__iadd__": has[py.I__iadd__],
	"__sub__": has[py.I__sub__], "__rsub__": has[py.I__rsub__], "__isub__": has[py.I__isub__],
	"__mul__": has[py.I__mul__], "__rmul__": has[py.I__rmul__], "__imul__": has[py.I__imul__],
	"__truediv__": has[py.I__truediv__], "__rtruediv__": has[py.I__rtruediv__],
	"__floordiv__": has[py.I__floordiv__], "__rfloordiv__": has[py.I__rfloordiv__],
	"__mod__": has[py.I__mod__], "__rmod__": has[py.I__rmod__],
	"__lshift__": has[py.I__lshift__], "__rlshift__": has[py.I__rlshift__],
	"__rshift__": has[py.I__rshift__], "__rrshift__": has[py.I__rrshift__],
	"__and__": has[py.I__and__], "__rand__": has[py.I__rand__], "__iand__": has[py.I__iand__],
	"__or__": has[py.I__or__], "__ror__": has[py.I__ror__], "__ior__": has[py.I__ior__],
	"__xor__": has[py.I__xor__], "__rxor__": has[py.I__rxor__], "__ixor__": has[py.I__ixor__],
	"__lt__": has[py.I__lt__], "__le__": has[py.I__le__], "__gt__": has[py.I__gt__], "__ge__": has[py.I__ge__],
	"__rpow__": has[py.I__rpow__], "__neg__": has[py.I__neg__], "__pos__": has[py.I__pos__],
	"__abs__": has[py.I__abs__], "__invert__": has[py.I__invert__], "__bool__": has[py.I__bool__],
	"__int__": has[py.I__int__], "__float__": has[py.I__float__],
	"__getitem__": has[py.I__getitem__], "__setitem__": has[py.I__setitem__],
	"__delitem__": has[py.I__delitem__], "__contains__": has[py.I__contains__],
	"__len__": has[py.I__len__], "__iter__": has[py.I__iter__], "__reversed__": has[py.I__reversed__],
	// __pow__ with or without the modulus (gpython's takes it).
	"__pow__": func(o py.Object) bool { return has[py.I__pow__](o) || has[unaryPow](o) },
	// __divmod__ and __rdivmod__ return two values in Go: not the operator method shape.
}

type unaryPow interface {
	M__pow__(other py.Object) (py.Object, error)
}

func has[I any](o py.Object) bool {
	_, ok := o.(I)
	return ok
}
