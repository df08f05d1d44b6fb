package symtable

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// notInAnnotation raises the error of a yield, await or named expression inside an
// annotation block (only with from __future__ import annotations).
func (b *builder) notInAnnotation(what string, e ast.ExprNode) {
	if b.cur.Type == AnnotationBlock {
		b.errorAt(*e.Loc(), "'"+what+"' can not be used within an annotation")
	}
}

func (b *builder) expr(e ast.ExprNode) {
	b.enterNode()
	defer func() { b.depth-- }()
	switch e := e.(type) {
	case *ast.NamedExpr:
		b.notInAnnotation("named expression", e)
		b.namedExpr(e)
	case *ast.BoolOp:
		b.exprs(e.Values)
	case *ast.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *ast.UnaryOp:
		b.expr(e.Operand)
	case *ast.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enter("lambda", FunctionBlock, e, e.Pos)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *ast.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *ast.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *ast.Set:
		b.exprs(e.Elts)
	case *ast.GeneratorExp:
		b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		b.notInAnnotation("yield expression", e)
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.yield(e)
	case *ast.YieldFrom:
		b.notInAnnotation("yield expression", e)
		b.expr(e.Value)
		b.yield(e)
	case *ast.Await:
		b.notInAnnotation("await expression", e)
		b.expr(e.Value)
		b.cur.Coroutine = true
	case *ast.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *ast.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *ast.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		b.exprs(e.Values)
	case *ast.Attribute:
		b.expr(e.Value)
	case *ast.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *ast.Starred:
		b.expr(e.Value)
	case *ast.Slice:
		for _, x := range []ast.ExprNode{e.Lower, e.Upper, e.Step} {
			if x != nil {
				b.expr(x)
			}
		}
	case *ast.Name:
		flag := DefLocal
		if e.Ctx == ast.Load {
			flag = Use
		}
		b.addDef(e.Id, flag, e.Pos)
		if e.Ctx == ast.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
			b.addDef("__class__", Use, e.Pos)
		}
	case *ast.List:
		b.exprs(e.Elts)
	case *ast.Tuple:
		b.exprs(e.Elts)
	}
}

// yield marks a generator; a yield in a comprehension is an error.
func (b *builder) yield(e ast.ExprNode) {
	b.cur.Generator = true
	msg := map[CompKind]string{
		ListComprehension:   "'yield' inside list comprehension",
		SetComprehension:    "'yield' inside set comprehension",
		DictComprehension:   "'yield' inside dict comprehension",
		GeneratorExpression: "'yield' inside generator expression",
	}[b.cur.Comprehension]
	if msg != "" {
		b.errorAt(*e.Loc(), msg)
	}
}

// comprehension is symtable_handle_comprehension: the first iterable is evaluated in the
// enclosing block, the rest in a function block of its own that receives it as .0.
func (b *builder) comprehension(e ast.ExprNode, name string, kind CompKind, gens []*ast.Comprehension, elt, value ast.ExprNode) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionBlock, e, *e.Loc())
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, *e.Loc())
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	isGen := kind == GeneratorExpression
	b.cur.Generator = isGen
	async := b.cur.Coroutine && !isGen
	b.exit()
	if async {
		b.cur.Coroutine = true
	}
}

// namedExpr is symtable_handle_namedexpr: inside a comprehension the target binds in
// the nearest enclosing function (or module).
func (b *builder) namedExpr(e *ast.NamedExpr) {
	if b.cur.compIterExpr > 0 {
		b.errorAt(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if b.cur.Comprehension != NoComprehension {
		b.extendNamedExprScope(e.Target.(*ast.Name))
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

func (b *builder) extendNamedExprScope(n *ast.Name) {
	name := n.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			if t.Symbols[mangle(b.private, name)]&DefCompIter != 0 {
				b.errorAt(n.Pos, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			}
			continue
		}
		switch t.Type {
		case FunctionBlock:
			if t.Symbols[mangle(b.private, name)]&DefGlobal != 0 {
				b.addDef(name, DefGlobal, n.Pos)
			} else {
				b.addDef(name, DefNonlocal, n.Pos)
			}
			b.recordDirective(name, n.Pos)
			b.addDefTo(t, name, DefLocal, n.Pos)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, n.Pos)
			b.recordDirective(name, n.Pos)
			b.addDefTo(t, name, DefGlobal, n.Pos)
			return
		case ClassBlock:
			b.errorAt(n.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}
