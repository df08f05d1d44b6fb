package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// fixAST repairs what gpython's parser builds wrongly, before the symbol table sees it:
// a dotted decorator (@a.b.c or @a.b(x)) arrives as one Name "a.b.c" instead of
// attribute loads on the name a, and call nodes have no position (they take their
// callable's).
func fixAST(mod ast.Ast) {
	ast.Walk(mod, func(node ast.Ast) bool {
		var decorators []ast.Expr
		switch n := node.(type) {
		case *ast.Call:
			if n.Lineno == 0 {
				n.Lineno, n.ColOffset = n.Func.GetLineno(), n.Func.GetColOffset()
			}
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
