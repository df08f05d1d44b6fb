package syntax

import (
	"golang.org/x/text/unicode/norm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// ident is the identifier of a NAME token, NFKC-normalized when it is not ASCII (as
// CPython's _PyPegen_new_identifier).
func (p *parser) ident(t *token) string {
	b := p.src[t.start:t.end]
	for _, c := range b {
		if c >= 0x80 {
			return norm.NFKC.String(string(b))
		}
	}
	return string(b)
}

// name is a Name node for a NAME token.
func (p *parser) name(t *token, ctx ast.ExprContext) *ast.Name {
	return &ast.Name{Pos: tokPos(t), Id: p.ident(t), Ctx: ctx}
}

// setContext returns e with context ctx (_PyPegen_set_expr_context): a copy for names,
// attributes, subscripts, starred expressions, and tuples and lists (recursively).
func setContext(e ast.ExprNode, ctx ast.ExprContext) ast.ExprNode {
	switch e := e.(type) {
	case *ast.Name:
		c := *e
		c.Ctx = ctx
		return &c
	case *ast.Tuple:
		c := *e
		c.Elts = setContexts(e.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *ast.List:
		c := *e
		c.Elts = setContexts(e.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *ast.Subscript:
		c := *e
		c.Ctx = ctx
		return &c
	case *ast.Attribute:
		c := *e
		c.Ctx = ctx
		return &c
	case *ast.Starred:
		c := *e
		c.Value = setContext(e.Value, ctx)
		c.Ctx = ctx
		return &c
	}
	return e
}

func setContexts(elts []ast.ExprNode, ctx ast.ExprContext) []ast.ExprNode {
	out := make([]ast.ExprNode, len(elts))
	for i, e := range elts {
		out[i] = setContext(e, ctx)
	}
	return out
}

// exprName describes an expression in error messages (_PyPegen_get_expr_name).
func exprName(e ast.ExprNode) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case ast.NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// targetsType says which statement an invalid target is in.
type targetsType uint8

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget finds the part of e that cannot be assigned to or deleted
// (_PyPegen_get_invalid_target), or nil.
func invalidTarget(e ast.ExprNode, tt targetsType) ast.ExprNode {
	switch x := e.(type) {
	case nil:
		return nil
	case *ast.List:
		for _, el := range x.Elts {
			if c := invalidTarget(el, tt); c != nil {
				return c
			}
		}
		return nil
	case *ast.Tuple:
		for _, el := range x.Elts {
			if c := invalidTarget(el, tt); c != nil {
				return c
			}
		}
		return nil
	case *ast.Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(x.Value, tt)
	case *ast.Compare:
		if tt == forTargets {
			if x.Ops[0] == ast.In {
				return invalidTarget(x.Left, tt)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET.
func (p *parser) raiseInvalidTarget(tt targetsType, e ast.ExprNode) {
	t := invalidTarget(e, tt)
	if t == nil {
		return
	}
	if tt == delTargets {
		p.raiseNode(t, "cannot delete %s", exprName(t))
	}
	p.raiseNode(t, "cannot assign to %s", exprName(t))
}
