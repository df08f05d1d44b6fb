package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gpython's attribute lookup binds a __dunder__ name to the Go method of that name before
// anything gopy could install is consulted. Two kinds of names are compiled to helpers
// instead of LOAD_ATTR:
//
//   - gen.__next__: for a generator the helper makes a method that keeps the return value
//     in StopIteration as next() does (Generator.M__next__ ends with the bare
//     StopIteration); for anything else it is the plain attribute. (getattr(gen,
//     "__next__") still gets gpython's method.)
//   - the in-place operator methods and __index__ (IsSpecialAttrName): RT.SpecialAttr
//     answers from the type's dict first (list.__iadd__ extends by any iterable where the
//     Go method returns NotImplemented; int's Go __index__ cannot be bound), and finds no
//     in-place method a type does not define ((1,).__iadd__).

var helperNextAttr = newHelper("<__next__>", func(args py.Tuple) (py.Object, error) {
	g, ok := args[0].(*py.Generator)
	if !ok {
		return py.GetAttrString(args[0], "__next__")
	}
	return py.MustNewMethod("__next__", func(py.Object, py.Tuple) (py.Object, error) {
		return nextValue(g)
	}, 0, "Implement next(self)."), nil
})

var helperSpecialAttr = newHelper("<special attribute>", func(args py.Tuple) (py.Object, error) {
	name, _ := args[1].(py.String)
	if RT.SpecialAttr == nil {
		return py.GetAttrString(args[0], string(name))
	}
	return RT.SpecialAttr(args[0], string(name))
})

// IsInPlaceName reports whether name is an in-place operator method (__iadd__ ... __ior__).
func IsInPlaceName(name string) bool {
	if len(name) < 7 || !strings.HasPrefix(name, "__i") || !strings.HasSuffix(name, "__") {
		return false
	}
	return inPlaceOps[name[3:len(name)-2]]
}

var inPlaceOps = map[string]bool{"add": true, "sub": true, "mul": true, "matmul": true,
	"truediv": true, "floordiv": true, "mod": true, "pow": true, "lshift": true, "rshift": true,
	"and": true, "xor": true, "or": true}

// IsSpecialAttrName reports whether loading the attribute name goes through RT.SpecialAttr.
func IsSpecialAttrName(name string) bool { return name == "__index__" || IsInPlaceName(name) }

// specialAttr compiles x.__next__ and the loads IsSpecialAttrName names with their
// helpers; it reports false for any other attribute.
func (u *unit) specialAttr(n *ast.Attribute) bool {
	if n.Ctx != ast.Load {
		return false
	}
	switch {
	case n.Attr == "__next__":
		u.loadConst(helperNextAttr)
		u.expr(n.Value)
		u.at(n)
		u.emitArg(vm.CALL_FUNCTION, 1)
	case IsSpecialAttrName(n.Attr):
		u.loadConst(helperSpecialAttr)
		u.expr(n.Value)
		u.loadConst(py.String(n.Attr))
		u.at(n)
		u.emitArg(vm.CALL_FUNCTION, 2)
	default:
		return false
	}
	return true
}
