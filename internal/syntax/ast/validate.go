package ast

import (
	"fmt"
	"math/big"
)

// ValidationError is what Validate finds wrong in a tree, with CPython's message: a
// TypeError when TypeError is set, else a ValueError.
type ValidationError struct {
	TypeError bool
	Msg       string
}

func (e *ValidationError) Error() string { return e.Msg }

// InvalidConstant stands in a Constant for a value no Constant may hold (a list, an
// instance of a subclass of int...), which a tree built by hand can carry; Validate
// reports it with the name of the value's type.
type InvalidConstant struct{ TypeName string }

// Validate checks a tree that did not come from the parser (compile() of Python's ast
// objects) the way CPython 3.11's Python/ast.c does before compiling one: positions that
// make a range, expression contexts, non-empty bodies, lists of matching lengths,
// patterns, names that cannot be None, True or False. The first problem found, in
// CPython's order, is returned as a *ValidationError.
func Validate(mod ModNode) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*ValidationError)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	var v validator
	switch m := mod.(type) {
	case *Module:
		v.stmts(m.Body)
	case *Interactive:
		v.stmts(m.Body)
	case *Expression:
		v.expr(m.Body, Load)
	case *FunctionType:
		v.exprs(m.Argtypes, Load, false)
		v.expr(m.Returns, Load)
	}
	return nil
}

type validator struct{}

func (validator) fail(format string, args ...any) {
	panic(&ValidationError{Msg: fmt.Sprintf(format, args...)})
}

func (validator) typeError(msg string) {
	panic(&ValidationError{TypeError: true, Msg: msg})
}

func (v validator) positions(p *Pos) {
	switch {
	case p.Lineno > p.EndLineno:
		v.fail("AST node line range (%d, %d) is not valid", p.Lineno, p.EndLineno)
	case (p.Lineno < 0 && p.EndLineno != p.Lineno) || (p.ColOffset < 0 && p.ColOffset != p.EndColOffset):
		v.fail("AST node column range (%d, %d) for line range (%d, %d) is not valid",
			p.ColOffset, p.EndColOffset, p.Lineno, p.EndLineno)
	case p.Lineno == p.EndLineno && p.ColOffset > p.EndColOffset:
		v.fail("line %d, column %d-%d is not a valid range", p.Lineno, p.ColOffset, p.EndColOffset)
	}
}

func (v validator) name(id string) {
	switch id {
	case "None", "True", "False":
		v.fail("identifier field can't represent '%s' constant", id)
	}
}

func (v validator) nonempty(n int, what, owner string) {
	if n == 0 {
		v.fail("empty %s on %s", what, owner)
	}
}

func (v validator) body(body []StmtNode, owner string) {
	v.nonempty(len(body), "body", owner)
	v.stmts(body)
}

func (v validator) stmts(body []StmtNode) {
	for _, s := range body {
		if s == nil {
			v.fail("None disallowed in statement list")
		}
		v.stmt(s)
	}
}

func (v validator) exprs(es []ExprNode, ctx ExprContext, nilOK bool) {
	for _, e := range es {
		if e == nil {
			if !nilOK {
				v.fail("None disallowed in expression list")
			}
			continue
		}
		v.expr(e, ctx)
	}
}

func (v validator) optExpr(e ExprNode) {
	if e != nil {
		v.expr(e, Load)
	}
}

func (v validator) keywords(kws []*Keyword) {
	for _, k := range kws {
		v.expr(k.Value, Load)
	}
}

func (v validator) args(args []*Arg) {
	for _, a := range args {
		v.positions(&a.Pos)
		v.optExpr(a.Annotation)
	}
}

func (v validator) arguments(a *Arguments) {
	v.args(a.Posonlyargs)
	v.args(a.Args)
	if a.Vararg != nil {
		v.optExpr(a.Vararg.Annotation)
	}
	v.args(a.Kwonlyargs)
	if a.Kwarg != nil {
		v.optExpr(a.Kwarg.Annotation)
	}
	if len(a.Defaults) > len(a.Posonlyargs)+len(a.Args) {
		v.fail("more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.Kwonlyargs) {
		v.fail("length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	v.exprs(a.Defaults, Load, false)
	v.exprs(a.KwDefaults, Load, true)
}

func (v validator) comprehension(gens []*Comprehension) {
	if len(gens) == 0 {
		v.fail("comprehension with no generators")
	}
	for _, g := range gens {
		v.expr(g.Target, Store)
		v.expr(g.Iter, Load)
		v.exprs(g.Ifs, Load, false)
	}
}

// ctxOf is the context of the expressions that have one.
func ctxOf(e ExprNode) (ExprContext, bool) {
	switch n := e.(type) {
	case *Attribute:
		return n.Ctx, true
	case *Subscript:
		return n.Ctx, true
	case *Starred:
		return n.Ctx, true
	case *Name:
		return n.Ctx, true
	case *List:
		return n.Ctx, true
	case *Tuple:
		return n.Ctx, true
	}
	return 0, false
}

func (v validator) expr(e ExprNode, ctx ExprContext) {
	v.positions(e.Loc())
	if n, ok := e.(*Name); ok {
		v.name(n.Id)
	}
	if actual, ok := ctxOf(e); ok {
		if actual != ctx {
			v.fail("expression must have %s context but has %s instead", ctx, actual)
		}
	} else if ctx != Load {
		v.fail("expression which can't be assigned to in %s context", ctx)
	}
	switch n := e.(type) {
	case *BoolOp:
		if len(n.Values) < 2 {
			v.fail("BoolOp with less than 2 values")
		}
		v.exprs(n.Values, Load, false)
	case *BinOp:
		v.expr(n.Left, Load)
		v.expr(n.Right, Load)
	case *UnaryOp:
		v.expr(n.Operand, Load)
	case *Lambda:
		v.arguments(n.Args)
		v.expr(n.Body, Load)
	case *IfExp:
		v.expr(n.Test, Load)
		v.expr(n.Body, Load)
		v.expr(n.Orelse, Load)
	case *Dict:
		if len(n.Keys) != len(n.Values) {
			v.fail("Dict doesn't have the same number of keys as values")
		}
		v.exprs(n.Keys, Load, true)
		v.exprs(n.Values, Load, false)
	case *Set:
		v.exprs(n.Elts, Load, false)
	case *ListComp:
		v.comprehension(n.Generators)
		v.expr(n.Elt, Load)
	case *SetComp:
		v.comprehension(n.Generators)
		v.expr(n.Elt, Load)
	case *GeneratorExp:
		v.comprehension(n.Generators)
		v.expr(n.Elt, Load)
	case *DictComp:
		v.comprehension(n.Generators)
		v.expr(n.Key, Load)
		v.expr(n.Value, Load)
	case *Yield:
		v.optExpr(n.Value)
	case *YieldFrom:
		v.expr(n.Value, Load)
	case *Await:
		v.expr(n.Value, Load)
	case *Compare:
		if len(n.Comparators) == 0 {
			v.fail("Compare with no comparators")
		}
		if len(n.Comparators) != len(n.Ops) {
			v.fail("Compare has a different number of comparators and operands")
		}
		v.exprs(n.Comparators, Load, false)
		v.expr(n.Left, Load)
	case *Call:
		v.expr(n.Func, Load)
		v.exprs(n.Args, Load, false)
		v.keywords(n.Keywords)
	case *Constant:
		if bad, ok := n.Value.(InvalidConstant); ok {
			v.typeError("got an invalid type in Constant: " + bad.TypeName)
		}
	case *JoinedStr:
		v.exprs(n.Values, Load, false)
	case *FormattedValue:
		v.expr(n.Value, Load)
		v.optExpr(n.FormatSpec)
	case *Attribute:
		v.expr(n.Value, Load)
	case *Subscript:
		v.expr(n.Slice, Load)
		v.expr(n.Value, Load)
	case *Starred:
		v.expr(n.Value, ctx)
	case *Slice:
		v.optExpr(n.Lower)
		v.optExpr(n.Upper)
		v.optExpr(n.Step)
	case *List:
		v.exprs(n.Elts, ctx, false)
	case *Tuple:
		v.exprs(n.Elts, ctx, false)
	case *NamedExpr:
		if _, ok := n.Target.(*Name); !ok {
			v.typeError("NamedExpr target must be a Name")
		}
		v.expr(n.Value, Load)
	}
}

func (v validator) withItems(items []*WithItem, owner string) {
	v.nonempty(len(items), "items", owner)
	for _, it := range items {
		v.expr(it.ContextExpr, Load)
		if it.OptionalVars != nil {
			v.expr(it.OptionalVars, Store)
		}
	}
}

func (v validator) try(body []StmtNode, handlers []*ExceptHandler, orelse, final []StmtNode, owner string, checkPos bool) {
	v.body(body, owner)
	if len(handlers) == 0 && len(final) == 0 {
		v.fail("%s has neither except handlers nor finalbody", owner)
	}
	if len(handlers) == 0 && len(orelse) > 0 {
		v.fail("%s has orelse but no except handlers", owner)
	}
	for _, h := range handlers {
		if checkPos {
			v.positions(&h.Pos)
		}
		v.optExpr(h.Type)
		v.body(h.Body, "ExceptHandler")
	}
	v.stmts(final)
	v.stmts(orelse)
}

func (v validator) function(body []StmtNode, owner string, args *Arguments, decorators []ExprNode, returns ExprNode) {
	v.body(body, owner)
	v.arguments(args)
	v.exprs(decorators, Load, false)
	v.optExpr(returns)
}

func (v validator) stmt(s StmtNode) {
	v.positions(s.Loc())
	switch n := s.(type) {
	case *FunctionDef:
		v.function(n.Body, "FunctionDef", n.Args, n.DecoratorList, n.Returns)
	case *AsyncFunctionDef:
		v.function(n.Body, "AsyncFunctionDef", n.Args, n.DecoratorList, n.Returns)
	case *ClassDef:
		v.body(n.Body, "ClassDef")
		v.exprs(n.Bases, Load, false)
		v.keywords(n.Keywords)
		v.exprs(n.DecoratorList, Load, false)
	case *Return:
		v.optExpr(n.Value)
	case *Delete:
		v.nonempty(len(n.Targets), "targets", "Delete")
		v.exprs(n.Targets, Del, false)
	case *Assign:
		v.nonempty(len(n.Targets), "targets", "Assign")
		v.exprs(n.Targets, Store, false)
		v.expr(n.Value, Load)
	case *AugAssign:
		v.expr(n.Target, Store)
		v.expr(n.Value, Load)
	case *AnnAssign:
		if _, ok := n.Target.(*Name); !ok && n.Simple != 0 {
			v.typeError("AnnAssign with simple non-Name target")
		}
		v.expr(n.Target, Store)
		v.optExpr(n.Value)
		v.expr(n.Annotation, Load)
	case *For:
		v.expr(n.Target, Store)
		v.expr(n.Iter, Load)
		v.body(n.Body, "For")
		v.stmts(n.Orelse)
	case *AsyncFor:
		v.expr(n.Target, Store)
		v.expr(n.Iter, Load)
		v.body(n.Body, "AsyncFor")
		v.stmts(n.Orelse)
	case *While:
		v.expr(n.Test, Load)
		v.body(n.Body, "While")
		v.stmts(n.Orelse)
	case *If:
		v.expr(n.Test, Load)
		v.body(n.Body, "If")
		v.stmts(n.Orelse)
	case *With:
		v.withItems(n.Items, "With")
		v.body(n.Body, "With")
	case *AsyncWith:
		v.withItems(n.Items, "AsyncWith")
		v.body(n.Body, "AsyncWith")
	case *Match:
		v.expr(n.Subject, Load)
		v.nonempty(len(n.Cases), "cases", "Match")
		for _, c := range n.Cases {
			v.pattern(c.Pattern, false)
			v.optExpr(c.Guard)
			v.body(c.Body, "match_case")
		}
	case *Raise:
		if n.Exc != nil {
			v.expr(n.Exc, Load)
			v.optExpr(n.Cause)
		} else if n.Cause != nil {
			v.fail("Raise with cause but no exception")
		}
	case *Try:
		v.try(n.Body, n.Handlers, n.Orelse, n.Finalbody, "Try", true)
	case *TryStar:
		v.try(n.Body, n.Handlers, n.Orelse, n.Finalbody, "TryStar", false)
	case *Assert:
		v.expr(n.Test, Load)
		v.optExpr(n.Msg)
	case *Import:
		v.nonempty(len(n.Names), "names", "Import")
	case *ImportFrom:
		if n.Level < 0 {
			v.fail("Negative ImportFrom level")
		}
		v.nonempty(len(n.Names), "names", "ImportFrom")
	case *Global:
		v.nonempty(len(n.Names), "names", "Global")
	case *Nonlocal:
		v.nonempty(len(n.Names), "names", "Nonlocal")
	case *Expr:
		v.expr(n.Value, Load)
	}
}

// literalNumber reports whether e is a Constant holding a real (int, float) or imaginary
// number, as allowed.
func literalNumber(e ExprNode, real, imaginary bool) bool {
	c, ok := e.(*Constant)
	if !ok {
		return false
	}
	switch c.Value.(type) {
	case int64, int, float64, *big.Int:
		return real
	case complex128:
		return imaginary
	}
	return false
}

func (v validator) matchValue(e ExprNode) {
	v.expr(e, Load)
	switch n := e.(type) {
	case *Constant:
		switch n.Value.(type) {
		case int64, int, float64, *big.Int, complex128, string, Bytes:
			return
		}
		v.fail("unexpected constant inside of a literal pattern")
	case *Attribute, *JoinedStr:
		return
	case *UnaryOp:
		if n.Op == USub && literalNumber(n.Operand, true, true) {
			return
		}
	case *BinOp:
		if n.Op == Add || n.Op == Sub {
			left := literalNumber(n.Left, true, false)
			if u, ok := n.Left.(*UnaryOp); ok {
				left = u.Op == USub && literalNumber(u.Operand, true, false)
			}
			if left && literalNumber(n.Right, false, true) {
				return
			}
		}
	}
	v.fail("patterns may only match literals and attribute lookups")
}

func (v validator) capture(name string) {
	if name == "_" {
		v.fail("can't capture name '_' in patterns")
	}
	v.name(name)
}

func (v validator) patterns(ps []PatternNode, starOK bool) {
	for _, p := range ps {
		v.pattern(p, starOK)
	}
}

func (v validator) pattern(p PatternNode, starOK bool) {
	v.positions(p.Loc())
	switch n := p.(type) {
	case *MatchValue:
		v.matchValue(n.Value)
	case *MatchSingleton:
		switch n.Value.(type) {
		case NoneType, bool:
		default:
			v.fail("MatchSingleton can only contain True, False and None")
		}
	case *MatchSequence:
		v.patterns(n.Patterns, true)
	case *MatchMapping:
		if len(n.Keys) != len(n.Patterns) {
			v.fail("MatchMapping doesn't have the same number of keys as patterns")
		}
		if n.Rest != "" {
			v.capture(n.Rest)
		}
		for _, k := range n.Keys {
			if c, ok := k.(*Constant); ok {
				switch c.Value.(type) {
				case NoneType, bool:
					continue
				}
			}
			v.matchValue(k)
		}
		v.patterns(n.Patterns, false)
	case *MatchClass:
		if len(n.KwdAttrs) != len(n.KwdPatterns) {
			v.fail("MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		v.expr(n.Cls, Load)
		for cls := n.Cls; ; {
			if a, ok := cls.(*Attribute); ok {
				cls = a.Value
				continue
			}
			if _, ok := cls.(*Name); !ok {
				v.fail("MatchClass cls field can only contain Name or Attribute nodes.")
			}
			break
		}
		for _, a := range n.KwdAttrs {
			v.name(a)
		}
		v.patterns(n.Patterns, false)
		v.patterns(n.KwdPatterns, false)
	case *MatchStar:
		if !starOK {
			v.fail("can't use MatchStar here")
		}
		if n.Name != "" {
			v.capture(n.Name)
		}
	case *MatchAs:
		if n.Name != "" {
			v.capture(n.Name)
		}
		if n.Pattern != nil {
			if n.Name == "" {
				v.fail("MatchAs must specify a target name if a pattern is given")
			}
			v.pattern(n.Pattern, false)
		}
	case *MatchOr:
		if len(n.Patterns) < 2 {
			v.fail("MatchOr requires at least 2 patterns")
		}
		v.patterns(n.Patterns, false)
	}
}
