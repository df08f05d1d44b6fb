package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// expressions: expression (',' expression)* [','], a Tuple when there is a comma.
func (p *parser) expressions() ast.ExprNode {
	return p.exprList(p.expression)
}

// starExpressions: star_expression (',' star_expression)* [','].
func (p *parser) starExpressions() ast.ExprNode {
	return p.exprList(p.starExpression)
}

// exprList is the shape of expressions and star_expressions.
func (p *parser) exprList(elem func() ast.ExprNode) ast.ExprNode {
	start := p.peek()
	a := elem()
	if a == nil {
		return nil
	}
	m := p.mark
	if p.expect(tCOMMA) == nil {
		return a
	}
	elts := []ast.ExprNode{a}
	for {
		b := elem()
		if b == nil {
			break
		}
		elts = append(elts, b)
		m = p.mark
		if p.expect(tCOMMA) == nil {
			p.mark = m
			break
		}
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

// expression (memo): a conditional expression, a disjunction or a lambda.
func (p *parser) expression() ast.ExprNode {
	skip := p.noInvalidExpr
	p.noInvalidExpr = false
	if n, ok := p.memoized(rExpression); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	p.enter()
	e := p.expressionRaw(skip)
	p.leave()
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rExpression, e)
	return e
}

func (p *parser) expressionRaw(skipInvalid bool) ast.ExprNode {
	m := p.mark
	if p.invalid && !skipInvalid {
		p.invalidExpression()
		p.mark = m
		p.invalidLegacyExpression()
		p.mark = m
	}
	start := p.peek()
	if a := p.disjunction(); a != nil {
		m2 := p.mark
		if p.expect(kIf) != nil {
			if b := p.disjunction(); b != nil && p.expect(kElse) != nil {
				if c := p.expression(); c != nil {
					return &ast.IfExp{Pos: p.pos(start), Test: b, Body: a, Orelse: c}
				}
			}
		}
		p.mark = m2
		return a
	}
	p.mark = m
	if start.kind == kLambda {
		return p.lambdef()
	}
	return nil
}

// yieldExpr: 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() ast.ExprNode {
	m := p.mark
	start := p.expect(kYield)
	if start == nil {
		return nil
	}
	if p.expect(kFrom) != nil {
		if a := p.expression(); a != nil {
			return &ast.YieldFrom{Pos: p.pos(start), Value: a}
		}
	}
	p.mark = m + 1
	a := p.starExpressions()
	return &ast.Yield{Pos: p.pos(start), Value: a}
}

// starExpression (memo): '*' bitwise_or | expression.
func (p *parser) starExpression() ast.ExprNode {
	if n, ok := p.memoized(rStarExpression); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	var e ast.ExprNode
	if start := p.expect(tSTAR); start != nil {
		if a := p.bitwiseOr(); a != nil {
			e = &ast.Starred{Pos: p.pos(start), Value: a, Ctx: ast.Load}
		} else {
			p.mark = m
		}
	}
	if e == nil {
		e = p.expression()
	}
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rStarExpression, e)
	return e
}

// starNamedExpressions: ','.star_named_expression+ [','].
func (p *parser) starNamedExpressions() []ast.ExprNode {
	first := p.starNamedExpression()
	if first == nil {
		return nil
	}
	out := []ast.ExprNode{first}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		e := p.starNamedExpression()
		if e == nil {
			p.mark = m
			break
		}
		out = append(out, e)
	}
	p.expect(tCOMMA)
	return out
}

// starNamedExpression: '*' bitwise_or | named_expression.
func (p *parser) starNamedExpression() ast.ExprNode {
	m := p.mark
	if start := p.expect(tSTAR); start != nil {
		if a := p.bitwiseOr(); a != nil {
			return &ast.Starred{Pos: p.pos(start), Value: a, Ctx: ast.Load}
		}
		p.mark = m
	}
	return p.namedExpression()
}

// assignmentExpression: NAME ':=' ~ expression.
func (p *parser) assignmentExpression() ast.ExprNode {
	m := p.mark
	a := p.expect(tNAME)
	if a == nil || p.expect(tCOLONEQUAL) == nil {
		p.mark = m
		return nil
	}
	b := p.expression()
	if b == nil {
		p.mark = m
		return nil
	}
	return &ast.NamedExpr{Pos: p.pos(a), Target: p.name(a, ast.Store), Value: b}
}

// namedExpression: assignment_expression | invalid_named_expression | expression !':='.
func (p *parser) namedExpression() ast.ExprNode {
	m := p.mark
	if e := p.assignmentExpression(); e != nil {
		return e
	}
	if p.invalid {
		p.invalidNamedExpression()
		p.mark = m
	}
	if e := p.expression(); e != nil && !p.at(tCOLONEQUAL) {
		return e
	}
	p.mark = m
	return nil
}

// disjunction (memo): conjunction ('or' conjunction)*.
func (p *parser) disjunction() ast.ExprNode {
	if n, ok := p.memoized(rDisjunction); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	e := p.boolOp(kOr, ast.Or, p.conjunction)
	p.memoize(m, rDisjunction, e)
	return e
}

// conjunction: inversion ('and' inversion)*.
func (p *parser) conjunction() ast.ExprNode {
	return p.boolOp(kAnd, ast.And, p.inversion)
}

func (p *parser) boolOp(kw tokKind, op ast.BoolOpKind, elem func() ast.ExprNode) ast.ExprNode {
	start := p.peek()
	a := elem()
	if a == nil {
		return nil
	}
	var values []ast.ExprNode
	for {
		m := p.mark
		if p.expect(kw) == nil {
			break
		}
		b := elem()
		if b == nil {
			p.mark = m
			break
		}
		if values == nil {
			values = []ast.ExprNode{a}
		}
		values = append(values, b)
	}
	if values == nil {
		return a
	}
	return &ast.BoolOp{Pos: p.pos(start), Op: op, Values: values}
}

// inversion: 'not' inversion | comparison.
func (p *parser) inversion() ast.ExprNode {
	m := p.mark
	if start := p.expect(kNot); start != nil {
		p.enter()
		a := p.inversion()
		p.leave()
		if a != nil {
			return &ast.UnaryOp{Pos: p.pos(start), Op: ast.Not, Operand: a}
		}
		p.mark = m
	}
	return p.comparison()
}

// comparison: bitwise_or (compare_op bitwise_or)*.
func (p *parser) comparison() ast.ExprNode {
	start := p.peek()
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []ast.CmpOp
	var comps []ast.ExprNode
	for {
		m := p.mark
		op, ok := p.compareOp()
		if !ok {
			break
		}
		b := p.bitwiseOr()
		if b == nil {
			p.mark = m
			break
		}
		ops = append(ops, op)
		comps = append(comps, b)
	}
	if ops == nil {
		return a
	}
	return &ast.Compare{Pos: p.pos(start), Left: a, Ops: ops, Comparators: comps}
}

// compareOp reads a comparison operator.
func (p *parser) compareOp() (ast.CmpOp, bool) {
	m := p.mark
	t := p.next()
	switch t.kind {
	case tEQEQUAL:
		return ast.Eq, true
	case tNOTEQUAL:
		if p.text(t) == "!=" {
			return ast.NotEq, true
		}
	case tLESSEQUAL:
		return ast.LtE, true
	case tLESS:
		return ast.Lt, true
	case tGREATEREQUAL:
		return ast.GtE, true
	case tGREATER:
		return ast.Gt, true
	case kNot:
		if p.expect(kIn) != nil {
			return ast.NotIn, true
		}
	case kIn:
		return ast.In, true
	case kIs:
		if p.expect(kNot) != nil {
			return ast.IsNot, true
		}
		return ast.Is, true
	}
	p.mark = m
	return 0, false
}

// binary operator levels, loosest first: the left-recursive rules bitwise_or ... term.
// binOps[level][kind] is the operator of a token kind at that level, or 0.
var binOps = func() (t [6][numKinds]ast.Operator) {
	levels := [6]map[tokKind]ast.Operator{
		{tVBAR: ast.BitOr},
		{tCIRCUMFLEX: ast.BitXor},
		{tAMPER: ast.BitAnd},
		{tLEFTSHIFT: ast.LShift, tRIGHTSHIFT: ast.RShift},
		{tPLUS: ast.Add, tMINUS: ast.Sub},
		{tSTAR: ast.Mult, tSLASH: ast.Div, tDOUBLESLASH: ast.FloorDiv, tPERCENT: ast.Mod, tAT: ast.MatMult},
	}
	for i, l := range levels {
		for k, op := range l {
			t[i][k] = op
		}
	}
	return t
}()

// bitwiseOr (memo): the loosest binary operator level.
func (p *parser) bitwiseOr() ast.ExprNode {
	if n, ok := p.memoized(rBitwiseOr); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	e := p.binary(0)
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rBitwiseOr, e)
	return e
}

// binary parses a left-associative chain of the operators of binLevels[level].
func (p *parser) binary(level int) ast.ExprNode {
	if level == len(binOps) {
		return p.factor()
	}
	start := p.peek()
	a := p.binary(level + 1)
	if a == nil {
		return nil
	}
	ops := &binOps[level]
	for {
		m := p.mark
		op := ops[p.peek().kind]
		if op == 0 {
			break
		}
		p.mark++
		b := p.binary(level + 1)
		if b == nil {
			p.mark = m
			break
		}
		a = &ast.BinOp{Pos: p.pos(start), Left: a, Op: op, Right: b}
	}
	return a
}

// factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() ast.ExprNode {
	m := p.mark
	start := p.peek()
	var op ast.UnaryOpKind
	switch start.kind {
	case tPLUS:
		op = ast.UAdd
	case tMINUS:
		op = ast.USub
	case tTILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	p.mark++
	p.enter()
	a := p.factor()
	p.leave()
	if a == nil {
		p.mark = m
		return nil
	}
	return &ast.UnaryOp{Pos: p.pos(start), Op: op, Operand: a}
}

// power: await_primary '**' factor | await_primary.
func (p *parser) power() ast.ExprNode {
	start := p.peek()
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	m := p.mark
	if p.expect(tDOUBLESTAR) != nil {
		p.enter()
		b := p.factor()
		p.leave()
		if b != nil {
			return &ast.BinOp{Pos: p.pos(start), Left: a, Op: ast.Pow, Right: b}
		}
	}
	p.mark = m
	return a
}

// awaitPrimary: 'await' primary | primary.
func (p *parser) awaitPrimary() ast.ExprNode {
	m := p.mark
	if start := p.expect(kAwait); start != nil {
		if a := p.primary(); a != nil {
			return &ast.Await{Pos: p.pos(start), Value: a}
		}
		p.mark = m
		return nil
	}
	return p.primary()
}

// primary (memo): atom followed by attribute references, calls and subscripts.
func (p *parser) primary() ast.ExprNode {
	if n, ok := p.memoized(rPrimary); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	p.enter()
	e := p.primaryRaw()
	p.leave()
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rPrimary, e)
	return e
}

func (p *parser) primaryRaw() ast.ExprNode {
	start := p.peek()
	a := p.atom()
	if a == nil {
		return nil
	}
	for {
		if e := p.trailer(start, a, ast.Load); e != nil {
			a = e
			continue
		}
		return a
	}
}

// trailer extends a by one '.' NAME, genexp, '(' arguments ')' or '[' slices ']'; it
// returns nil (mark unchanged) when none follows.
func (p *parser) trailer(start *token, a ast.ExprNode, ctx ast.ExprContext) ast.ExprNode {
	m := p.mark
	switch p.peek().kind {
	case tDOT:
		p.mark++
		if b := p.expect(tNAME); b != nil {
			return &ast.Attribute{Pos: p.pos(start), Value: a, Attr: p.ident(b), Ctx: ctx}
		}
	case tLPAR:
		if g := p.genexp(); g != nil {
			return &ast.Call{Pos: p.pos(start), Func: a, Args: []ast.ExprNode{g}, Keywords: []*ast.Keyword{}}
		}
		p.mark = m + 1
		b := p.arguments()
		if p.expect(tRPAR) != nil {
			c := &ast.Call{Pos: p.pos(start), Func: a, Args: []ast.ExprNode{}, Keywords: []*ast.Keyword{}}
			if b != nil {
				c.Args, c.Keywords = b.Args, b.Keywords
			}
			return c
		}
	case tLSQB:
		p.mark++
		if b := p.slices(); b != nil && p.expect(tRSQB) != nil {
			return &ast.Subscript{Pos: p.pos(start), Value: a, Slice: b, Ctx: ctx}
		}
	}
	p.mark = m
	return nil
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() ast.ExprNode {
	m := p.mark
	start := p.peek()
	if a := p.slice(); a != nil && !p.at(tCOMMA) {
		return a
	}
	p.mark = m
	var elts []ast.ExprNode
	for {
		m2 := p.mark
		if elts != nil && p.expect(tCOMMA) == nil {
			break
		}
		e := p.slice()
		if e == nil {
			e = p.starredExpression()
		}
		if e == nil {
			p.mark = m2
			break
		}
		elts = append(elts, e)
	}
	if elts == nil {
		p.mark = m
		return nil
	}
	p.expect(tCOMMA)
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression.
func (p *parser) slice() ast.ExprNode {
	m := p.mark
	start := p.peek()
	lower := p.expression()
	if p.expect(tCOLON) != nil {
		upper := p.expression()
		var step ast.ExprNode
		if p.expect(tCOLON) != nil {
			step = p.expression()
		}
		return &ast.Slice{Pos: p.pos(start), Lower: lower, Upper: upper, Step: step}
	}
	p.mark = m
	return p.namedExpression()
}

// atom: names, constants, strings, numbers and displays.
func (p *parser) atom() ast.ExprNode {
	t := p.peek()
	switch t.kind {
	case tNAME:
		p.mark++
		return p.name(t, ast.Load)
	case kTrue:
		p.mark++
		return &ast.Constant{Pos: tokPos(t), Value: true}
	case kFalse:
		p.mark++
		return &ast.Constant{Pos: tokPos(t), Value: false}
	case kNone:
		p.mark++
		return &ast.Constant{Pos: tokPos(t), Value: ast.None}
	case tSTRING:
		return p.strings()
	case tNUMBER:
		p.mark++
		return p.number(t)
	case tLPAR:
		if e := p.tuple(); e != nil {
			return e
		}
		if e := p.group(); e != nil {
			return e
		}
		return p.genexp()
	case tLSQB:
		if e := p.list(); e != nil {
			return e
		}
		return p.listcomp()
	case tLBRACE:
		if e := p.dict(); e != nil {
			return e
		}
		if e := p.set(); e != nil {
			return e
		}
		if e := p.dictcomp(); e != nil {
			return e
		}
		return p.setcomp()
	case tELLIPSIS:
		p.mark++
		return &ast.Constant{Pos: tokPos(t), Value: ast.Ellipsis}
	}
	return nil
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group.
func (p *parser) group() ast.ExprNode {
	m := p.mark
	if p.expect(tLPAR) != nil {
		var a ast.ExprNode
		if p.at(kYield) {
			a = p.yieldExpr()
		}
		if a == nil {
			a = p.namedExpression()
		}
		if a != nil && p.expect(tRPAR) != nil {
			return a
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidGroup()
		p.mark = m
	}
	return nil
}

// lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.ExprNode {
	m := p.mark
	start := p.expect(kLambda)
	if start == nil {
		return nil
	}
	a := p.lambdaParams()
	if p.expect(tCOLON) != nil {
		if b := p.expression(); b != nil {
			if a == nil {
				a = emptyArguments()
			}
			return &ast.Lambda{Pos: p.pos(start), Args: a, Body: b}
		}
	}
	p.mark = m
	return nil
}
