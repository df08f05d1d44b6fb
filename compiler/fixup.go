package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// fixAST repairs what gpython's parser builds wrongly, before the symbol table sees it:
// a dotted decorator (@a.b.c or @a.b(x)) arrives as one Name "a.b.c" instead of
// attribute loads on the name a; call nodes have no position, and attribute and
// subscript nodes have that of their "." or "[": all three take the start of the
// expression they apply to, as in CPython (tracebacks report that line).
func fixAST(mod ast.Ast) {
	ast.Walk(mod, func(node ast.Ast) bool {
		var decorators []ast.Expr
		switch n := node.(type) {
		case *ast.Call:
			n.Lineno, n.ColOffset = startOf(n.Func)
		case *ast.Attribute:
			n.Lineno, n.ColOffset = startOf(n.Value)
		case *ast.Subscript:
			n.Lineno, n.ColOffset = startOf(n.Value)
		case *ast.FunctionDef:
			decorators = n.DecoratorList
		case *ast.ClassDef:
			decorators = n.DecoratorList
		}
		for i, d := range decorators {
			switch x := d.(type) {
			case *ast.Name:
				decorators[i] = dotted(x)
			case *ast.Call:
				if name, ok := x.Func.(*ast.Name); ok {
					x.Func = dotted(name)
				}
			}
		}
		return true
	})
}

// dotted turns Name "a.b.c" into Attribute(Attribute(Name a, b), c).
func dotted(n *ast.Name) ast.Expr {
	parts := strings.Split(string(n.Id), ".")
	if len(parts) == 1 {
		return n
	}
	var e ast.Expr = &ast.Name{ExprBase: n.ExprBase, Id: ast.Identifier(parts[0]), Ctx: ast.Load}
	for _, p := range parts[1:] {
		e = &ast.Attribute{ExprBase: n.ExprBase, Value: e, Attr: ast.Identifier(p), Ctx: ast.Load}
	}
	return e
}

// startOf is where the primary expression e starts.
func startOf(e ast.Expr) (int, int) {
	switch x := e.(type) {
	case *ast.Call:
		return startOf(x.Func)
	case *ast.Attribute:
		return startOf(x.Value)
	case *ast.Subscript:
		return startOf(x.Value)
	}
	return e.GetLineno(), e.GetColOffset()
}
