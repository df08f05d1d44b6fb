package symtable

import (
	"strings"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// maxDepth bounds the walk's recursion, as CPython's recursion limit does.
const maxDepth = 3000

func (b *builder) stmts(ss []ast.StmtNode) {
	for _, s := range ss {
		b.stmt(s)
	}
}

func (b *builder) exprs(es []ast.ExprNode) {
	for _, e := range es {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *builder) enterNode() {
	b.depth++
	if b.depth > maxDepth {
		panic(bail{&RecursionError{}})
	}
}

// RecursionError is the RecursionError CPython raises for too deep a tree.
type RecursionError struct{}

func (*RecursionError) Error() string { return "maximum recursion depth exceeded during compilation" }

// function is the common part of def and async def.
func (b *builder) function(s ast.StmtNode, name string, args *ast.Arguments, body []ast.StmtNode, decos []ast.ExprNode, returns ast.ExprNode, async bool) {
	pos := *s.Loc()
	b.addDef(name, DefLocal, pos)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(s, args, returns)
	b.exprs(decos)
	b.enter(name, FunctionBlock, s, pos)
	if async {
		b.cur.Coroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) stmt(s ast.StmtNode) {
	b.enterNode()
	defer func() { b.depth-- }()
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		b.addDef(s.Name, DefLocal, s.Pos)
		b.exprs(s.Bases)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.exprs(s.DecoratorList)
		b.enter(s.Name, ClassBlock, s, s.Pos)
		saved := b.private
		b.private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *ast.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.exprs(s.Targets)
	case *ast.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok {
			cur := b.lookup(n.Id)
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
				msg := "annotated name '%s' can't be nonlocal"
				if cur&DefGlobal != 0 {
					msg = "annotated name '%s' can't be global"
				}
				b.errorAt(s.Pos, strings.Replace(msg, "%s", n.Id, 1))
			}
			if s.Simple != 0 {
				b.addDef(n.Id, DefAnnot|DefLocal, n.Pos)
			} else if s.Value != nil {
				b.addDef(n.Id, DefLocal, n.Pos)
			}
		} else {
			b.expr(s.Target)
		}
		b.annotation(s.Annotation)
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *ast.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *ast.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *ast.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *ast.Try:
		b.try(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.TryStar:
		b.try(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *ast.Import:
		b.aliases(s.Names)
	case *ast.ImportFrom:
		b.aliases(s.Names)
	case *ast.Global:
		b.declare(s.Pos, s.Names, DefGlobal, "global")
	case *ast.Nonlocal:
		b.declare(s.Pos, s.Names, DefNonlocal, "nonlocal")
	case *ast.Expr:
		b.expr(s.Value)
	case *ast.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *ast.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	}
}

func (b *builder) try(body, orelse []ast.StmtNode, handlers []*ast.ExceptHandler, final []ast.StmtNode) {
	b.stmts(body)
	b.stmts(orelse)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
	b.stmts(final)
}

func (b *builder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declare handles global and nonlocal statements.
func (b *builder) declare(pos ast.Pos, names []string, flag int, kw string) {
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + kw
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + kw + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + kw
			default:
				msg = "name '%s' is assigned to before " + kw + " declaration"
			}
			b.errorAt(pos, strings.Replace(msg, "%s", name, 1))
		}
		b.addDef(name, flag, pos)
		b.recordDirective(name, pos)
	}
}

func (b *builder) aliases(names []*ast.Alias) {
	for _, a := range names {
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if name == "*" {
			if b.cur.Type != ModuleBlock {
				b.errorAt(a.Pos, "import * only allowed at module level")
			}
			continue
		}
		store := name
		if i := strings.IndexByte(name, '.'); i >= 0 {
			store = name[:i]
		}
		b.addDef(store, DefImport, a.Pos)
	}
}

// annotation visits an annotation, in a block of its own with from __future__ import
// annotations.
func (b *builder) annotation(e ast.ExprNode) {
	if b.futureAnnot {
		b.enter("_annotation", AnnotationBlock, e, *e.Loc())
	}
	b.expr(e)
	if b.futureAnnot {
		b.exit()
	}
}

// annotations visits the annotations of a function's parameters and its return.
func (b *builder) annotations(s ast.Node, args *ast.Arguments, returns ast.ExprNode) {
	if b.futureAnnot {
		var pos ast.Pos
		if l, ok := s.(ast.Located); ok {
			pos = *l.Loc()
		}
		b.enter("_annotation", AnnotationBlock, s, pos)
	}
	argAnnots := func(as []*ast.Arg) {
		for _, a := range as {
			if a.Annotation != nil {
				b.expr(a.Annotation)
			}
		}
	}
	argAnnots(args.Posonlyargs)
	argAnnots(args.Args)
	if args.Vararg != nil && args.Vararg.Annotation != nil {
		b.expr(args.Vararg.Annotation)
	}
	if args.Kwarg != nil && args.Kwarg.Annotation != nil {
		b.expr(args.Kwarg.Annotation)
	}
	argAnnots(args.Kwonlyargs)
	if b.futureAnnot {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

// arguments defines the parameters inside the function's block.
func (b *builder) arguments(a *ast.Arguments) {
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, p := range list {
			b.addDef(p.Arg, DefParam, p.Pos)
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.Varkeywords = true
	}
}

func (b *builder) pattern(p ast.PatternNode) {
	b.enterNode()
	defer func() { b.depth-- }()
	switch p := p.(type) {
	case *ast.MatchValue:
		b.expr(p.Value)
	case *ast.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *ast.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *ast.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, p.Pos)
		}
	case *ast.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *ast.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *ast.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}
