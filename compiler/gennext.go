package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gen.__next__(): gpython's attribute lookup binds a __dunder__ name to the Go method of
// that name (Generator.M__next__, which ends with the bare StopIteration) before anything
// gopy could install is consulted. So "x.__next__" is compiled to a helper: for a
// generator it makes a method that keeps the return value in StopIteration as next()
// does; for anything else it is the plain attribute. (getattr(gen, "__next__") still
// gets gpython's method.)

var helperNextAttr = newHelper("<__next__>", func(args py.Tuple) (py.Object, error) {
	g, ok := args[0].(*py.Generator)
	if !ok {
		return py.GetAttrString(args[0], "__next__")
	}
	return py.MustNewMethod("__next__", func(py.Object, py.Tuple) (py.Object, error) {
		return nextValue(g)
	}, 0, "Implement next(self)."), nil
})

// nextAttr compiles x.__next__ (loaded) with helperNextAttr; it reports false for any
// other attribute.
func (u *unit) nextAttr(n *ast.Attribute) bool {
	if n.Attr != "__next__" || n.Ctx != ast.Load {
		return false
	}
	u.loadConst(helperNextAttr)
	u.expr(n.Value)
	u.at(n)
	u.emitArg(vm.CALL_FUNCTION, 1)
	return true
}
