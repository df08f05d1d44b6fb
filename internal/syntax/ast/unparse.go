package ast

import (
	"math/big"
	"strings"
)

// ExprString renders an expression as source text the way CPython 3.11 renders
// annotations under "from __future__ import annotations" (_PyAST_ExprAsUnicode): one
// canonical spacing, parentheses only where the operators' precedence needs them,
// constants by their repr (an infinite float as 1e309).
func ExprString(e ExprNode) string {
	var w unparser
	w.expr(e, precTest)
	return w.String()
}

// The precedence levels of the unparser, loosest first.
const (
	precTuple = iota
	precTest  // if-else, lambda
	precOr
	precAnd
	precNot
	precCmp
	precBor // also the level of a starred or **-unpacked operand
	precBxor
	precBand
	precShift
	precArith
	precTerm
	precFactor
	precPower
	precAwait
	precAtom
)

type unparser struct{ strings.Builder }

// paren writes "(" when an expression of precedence prec stands where level is needed,
// and returns the function that closes it.
func (w *unparser) paren(level, prec int) func() {
	if level <= prec {
		return func() {}
	}
	w.WriteByte('(')
	return func() { w.WriteByte(')') }
}

var binOpText = map[Operator]struct {
	text string
	prec int
}{
	Add: {" + ", precArith}, Sub: {" - ", precArith}, Mult: {" * ", precTerm}, MatMult: {" @ ", precTerm},
	Div: {" / ", precTerm}, Mod: {" % ", precTerm}, LShift: {" << ", precShift}, RShift: {" >> ", precShift},
	BitOr: {" | ", precBor}, BitXor: {" ^ ", precBxor}, BitAnd: {" & ", precBand},
	FloorDiv: {" // ", precTerm}, Pow: {" ** ", precPower},
}

var cmpOpText = map[CmpOp]string{
	Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ",
	Is: " is ", IsNot: " is not ", In: " in ", NotIn: " not in ",
}

func (w *unparser) exprs(es []ExprNode, level int) {
	for i, e := range es {
		if i > 0 {
			w.WriteString(", ")
		}
		w.expr(e, level)
	}
}

func (w *unparser) expr(e ExprNode, level int) {
	switch n := e.(type) {
	case *BoolOp:
		op, prec := " and ", precAnd
		if n.Op == Or {
			op, prec = " or ", precOr
		}
		defer w.paren(level, prec)()
		for i, v := range n.Values {
			if i > 0 {
				w.WriteString(op)
			}
			w.expr(v, prec+1)
		}
	case *BinOp:
		op := binOpText[n.Op]
		right := 0
		if n.Op == Pow {
			right = 1 // ** groups to the right
		}
		defer w.paren(level, op.prec)()
		w.expr(n.Left, op.prec+right)
		w.WriteString(op.text)
		w.expr(n.Right, op.prec+1-right)
	case *UnaryOp:
		text, prec := map[UnaryOpKind]string{Invert: "~", Not: "not ", UAdd: "+", USub: "-"}[n.Op], precFactor
		if n.Op == Not {
			prec = precNot
		}
		defer w.paren(level, prec)()
		w.WriteString(text)
		w.expr(n.Operand, prec)
	case *Lambda:
		defer w.paren(level, precTest)()
		if len(n.Args.Args)+len(n.Args.Posonlyargs) > 0 {
			w.WriteString("lambda ")
		} else {
			w.WriteString("lambda")
		}
		w.arguments(n.Args)
		w.WriteString(": ")
		w.expr(n.Body, precTest)
	case *IfExp:
		defer w.paren(level, precTest)()
		w.expr(n.Body, precTest+1)
		w.WriteString(" if ")
		w.expr(n.Test, precTest+1)
		w.WriteString(" else ")
		w.expr(n.Orelse, precTest)
	case *Dict:
		w.WriteByte('{')
		for i, v := range n.Values {
			if i > 0 {
				w.WriteString(", ")
			}
			if n.Keys[i] == nil {
				w.WriteString("**")
				w.expr(v, precBor)
				continue
			}
			w.expr(n.Keys[i], precTest)
			w.WriteString(": ")
			w.expr(v, precTest)
		}
		w.WriteByte('}')
	case *Set:
		w.WriteByte('{')
		w.exprs(n.Elts, precTest)
		w.WriteByte('}')
	case *GeneratorExp:
		w.WriteByte('(')
		w.expr(n.Elt, precTest)
		w.comprehensions(n.Generators)
		w.WriteByte(')')
	case *ListComp:
		w.WriteByte('[')
		w.expr(n.Elt, precTest)
		w.comprehensions(n.Generators)
		w.WriteByte(']')
	case *SetComp:
		w.WriteByte('{')
		w.expr(n.Elt, precTest)
		w.comprehensions(n.Generators)
		w.WriteByte('}')
	case *DictComp:
		w.WriteByte('{')
		w.expr(n.Key, precTest)
		w.WriteString(": ")
		w.expr(n.Value, precTest)
		w.comprehensions(n.Generators)
		w.WriteByte('}')
	case *Yield:
		if n.Value == nil {
			w.WriteString("(yield)")
			return
		}
		w.WriteString("(yield ")
		w.expr(n.Value, precTest)
		w.WriteByte(')')
	case *YieldFrom:
		w.WriteString("(yield from ")
		w.expr(n.Value, precTest)
		w.WriteByte(')')
	case *Await:
		defer w.paren(level, precAwait)()
		w.WriteString("await ")
		w.expr(n.Value, precAtom)
	case *Compare:
		defer w.paren(level, precCmp)()
		w.expr(n.Left, precCmp+1)
		for i, op := range n.Ops {
			w.WriteString(cmpOpText[op])
			w.expr(n.Comparators[i], precCmp+1)
		}
	case *Call:
		w.call(n)
	case *Constant:
		w.constant(n.Value)
	case *JoinedStr:
		w.WriteByte('f')
		w.WriteString(StrRepr(fstringBody(n.Values, false)))
	case *FormattedValue:
		w.WriteString(formattedValue(n))
	case *Attribute:
		w.expr(n.Value, precAtom)
		if c, ok := n.Value.(*Constant); ok && isIntValue(c.Value) {
			w.WriteString(" .")
		} else {
			w.WriteByte('.')
		}
		w.WriteString(n.Attr)
	case *Subscript:
		w.expr(n.Value, precAtom)
		w.WriteByte('[')
		w.expr(n.Slice, precTuple)
		w.WriteByte(']')
	case *Starred:
		w.WriteByte('*')
		w.expr(n.Value, precBor)
	case *Slice:
		if n.Lower != nil {
			w.expr(n.Lower, precTest)
		}
		w.WriteByte(':')
		if n.Upper != nil {
			w.expr(n.Upper, precTest)
		}
		if n.Step != nil {
			w.WriteByte(':')
			w.expr(n.Step, precTest)
		}
	case *Name:
		w.WriteString(n.Id)
	case *List:
		w.WriteByte('[')
		w.exprs(n.Elts, precTest)
		w.WriteByte(']')
	case *Tuple:
		if len(n.Elts) == 0 {
			w.WriteString("()")
			return
		}
		defer w.paren(level, precTuple)()
		w.exprs(n.Elts, precTest)
		if len(n.Elts) == 1 {
			w.WriteByte(',')
		}
	case *NamedExpr:
		defer w.paren(level, precTuple)()
		w.expr(n.Target, precAtom)
		w.WriteString(":=")
		w.expr(n.Value, precAtom)
	}
}

func isIntValue(v any) bool {
	switch v.(type) {
	case int64, int, *big.Int:
		return true
	}
	return false
}

// constant writes a constant's repr, with 1e309 for an infinite float.
func (w *unparser) constant(v any) {
	switch v.(type) {
	case EllipsisType:
		w.WriteString("...")
	case float64, complex128:
		w.WriteString(strings.ReplaceAll(Repr(v), "inf", "1e309"))
	default:
		w.WriteString(Repr(v))
	}
}

func (w *unparser) call(n *Call) {
	w.expr(n.Func, precAtom)
	if len(n.Args) == 1 && len(n.Keywords) == 0 {
		if g, ok := n.Args[0].(*GeneratorExp); ok {
			w.expr(g, precTest)
			return
		}
	}
	w.WriteByte('(')
	w.exprs(n.Args, precTest)
	for i, k := range n.Keywords {
		if i > 0 || len(n.Args) > 0 {
			w.WriteString(", ")
		}
		if k.Arg == "" {
			w.WriteString("**")
		} else {
			w.WriteString(k.Arg)
			w.WriteByte('=')
		}
		w.expr(k.Value, precTest)
	}
	w.WriteByte(')')
}

func (w *unparser) comprehensions(gens []*Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			w.WriteString(" async for ")
		} else {
			w.WriteString(" for ")
		}
		w.expr(g.Target, precTuple)
		w.WriteString(" in ")
		w.expr(g.Iter, precTest+1)
		for _, c := range g.Ifs {
			w.WriteString(" if ")
			w.expr(c, precTest+1)
		}
	}
}

// arguments writes a lambda's parameters.
func (w *unparser) arguments(a *Arguments) {
	first := true
	sep := func() {
		if !first {
			w.WriteString(", ")
		}
		first = false
	}
	arg := func(p *Arg) {
		w.WriteString(p.Arg)
		if p.Annotation != nil {
			w.WriteString(": ")
			w.expr(p.Annotation, precTest)
		}
	}
	pos := append(append([]*Arg(nil), a.Posonlyargs...), a.Args...)
	for i, p := range pos {
		sep()
		arg(p)
		if d := i - len(pos) + len(a.Defaults); d >= 0 {
			w.WriteByte('=')
			w.expr(a.Defaults[d], precTest)
		}
		if len(a.Posonlyargs) > 0 && i+1 == len(a.Posonlyargs) {
			w.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		w.WriteByte('*')
		if a.Vararg != nil {
			arg(a.Vararg)
		}
	}
	for i, p := range a.Kwonlyargs {
		sep()
		arg(p)
		if d := i - len(a.Kwonlyargs) + len(a.KwDefaults); d >= 0 && a.KwDefaults[d] != nil {
			w.WriteByte('=')
			w.expr(a.KwDefaults[d], precTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		w.WriteString("**")
		arg(a.Kwarg)
	}
}

// fstringBody is the text between the quotes of an f-string with these values.
func fstringBody(values []ExprNode, spec bool) string {
	var b strings.Builder
	for _, v := range values {
		switch x := v.(type) {
		case *Constant:
			s, _ := x.Value.(string)
			s = strings.ReplaceAll(s, "{", "{{")
			b.WriteString(strings.ReplaceAll(s, "}", "}}"))
		case *JoinedStr:
			if spec {
				b.WriteString(fstringBody(x.Values, true))
			} else {
				b.WriteString("f" + StrRepr(fstringBody(x.Values, false)))
			}
		case *FormattedValue:
			b.WriteString(formattedValue(x))
		}
	}
	return b.String()
}

// formattedValue renders a replacement field {value!conv:spec}.
func formattedValue(n *FormattedValue) string {
	var inner unparser
	inner.expr(n.Value, precTest+1)
	text := inner.String()
	var b strings.Builder
	b.WriteByte('{')
	if strings.HasPrefix(text, "{") {
		b.WriteByte(' ')
	}
	b.WriteString(text)
	if n.Conversion > 0 {
		b.WriteByte('!')
		b.WriteByte(byte(n.Conversion))
	}
	if n.FormatSpec != nil {
		b.WriteByte(':')
		switch s := n.FormatSpec.(type) {
		case *JoinedStr:
			b.WriteString(fstringBody(s.Values, true))
		case *Constant:
			str, _ := s.Value.(string)
			str = strings.ReplaceAll(str, "{", "{{")
			b.WriteString(strings.ReplaceAll(str, "}", "}}"))
		case *FormattedValue:
			b.WriteString(formattedValue(s))
		}
	}
	b.WriteByte('}')
	return b.String()
}
