package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gpython's classes are *py.Type values, which have no operator methods: py.Mul & co.
// never look at a class's metaclass, so `c_int * 3` (ctypes' array types) or an
// operator an ABC's metaclass defines raised TypeError. metaclassBinary gives classes
// whose metaclass is not type the operators their metaclass defines, as CPython does.

// UnionOr, set by package classes, is a | b when both are classes, None, generic aliases or
// unions (types.UnionType, PEP 604); ok is false for other operands.
var UnionOr func(a, b py.Object) (res py.Object, ok bool, err error)

// forwardNames are the methods of the operators: a.__add__(b) for a + b.
var forwardNames = map[ast.Operator]string{
	ast.Add: "__add__", ast.Sub: "__sub__", ast.Mult: "__mul__", ast.Div: "__truediv__",
	ast.FloorDiv: "__floordiv__", ast.Mod: "__mod__", ast.Pow: "__pow__", ast.LShift: "__lshift__",
	ast.RShift: "__rshift__", ast.BitAnd: "__and__", ast.BitOr: "__or__", ast.BitXor: "__xor__",
	ast.MatMult: "__matmul__",
}

// metaclassBinary computes a <op> b through the metaclass of a (its forward method) or of
// b (its reflected method) when either is a class with a metaclass of its own; ok is false
// when neither defines the operator.
func metaclassBinary(op ast.Operator, a, b py.Object) (res py.Object, ok bool, err error) {
	if res, ok, err := metaclassCall(a, forwardNames[op], b); ok {
		return res, ok, err
	}
	if b.Type() == a.Type() {
		return nil, false, nil
	}
	return metaclassCall(b, reflectedNames[op], a)
}

// metaclassCall calls the method name of self's metaclass with other, if self is a class
// whose metaclass is not type and defines it; ok is false when it does not or when the
// method returns NotImplemented.
func metaclassCall(self py.Object, name string, other py.Object) (py.Object, bool, error) {
	cls, isClass := self.(*py.Type)
	if !isClass || name == "" || cls.Type() == py.TypeType {
		return nil, false, nil
	}
	meta := cls.Type()
	if meta == nil {
		return nil, false, nil
	}
	m := meta.Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	res, err := py.Call(m, py.Tuple{self, other}, nil)
	if err != nil {
		return nil, true, err
	}
	if res == py.NotImplemented {
		return nil, false, nil
	}
	return res, true, nil
}

// metaclassInplace computes a <op>= b for a class a whose metaclass defines the in-place
// method (__imul__...), else as metaclassBinary.
func metaclassInplace(op ast.Operator, a, b py.Object) (py.Object, bool, error) {
	if name := forwardNames[op]; name != "" {
		if res, ok, err := metaclassCall(a, "__i"+name[2:], b); ok {
			return res, ok, err
		}
	}
	return metaclassBinary(op, a, b)
}
