package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// matchStmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
func (p *parser) matchStmt() ast.StmtNode {
	m := p.mark
	start := p.expectSoft("match")
	if start == nil {
		return nil
	}
	if subject := p.subjectExpr(); subject != nil && p.expect(tCOLON) != nil &&
		p.expect(tNEWLINE) != nil && p.expect(tINDENT) != nil {
		var cases []*ast.MatchCase
		for {
			c := p.caseBlock()
			if c == nil {
				break
			}
			cases = append(cases, c)
		}
		if cases != nil && p.expect(tDEDENT) != nil {
			return &ast.Match{Pos: p.pos(start), Subject: subject, Cases: cases}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidMatchStmt()
		p.mark = m
	}
	return nil
}

// subjectExpr: star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() ast.ExprNode {
	m := p.mark
	start := p.peek()
	if v := p.starNamedExpression(); v != nil && p.expect(tCOMMA) != nil {
		rest := p.starNamedExpressions()
		return &ast.Tuple{Pos: p.pos(start), Elts: append([]ast.ExprNode{v}, rest...), Ctx: ast.Load}
	}
	p.mark = m
	return p.namedExpression()
}

// caseBlock: "case" patterns guard? ':' block.
func (p *parser) caseBlock() *ast.MatchCase {
	m := p.mark
	if p.invalid {
		p.invalidCaseBlock()
		p.mark = m
	}
	if p.expectSoft("case") == nil {
		return nil
	}
	if pat := p.patterns(); pat != nil {
		g := p.guard()
		if p.expect(tCOLON) != nil {
			if b := p.block(); b != nil {
				return &ast.MatchCase{Pattern: pat, Guard: g, Body: b}
			}
		}
	}
	p.mark = m
	return nil
}

// guard: 'if' named_expression.
func (p *parser) guard() ast.ExprNode {
	m := p.mark
	if p.expect(kIf) != nil {
		if g := p.namedExpression(); g != nil {
			return g
		}
	}
	p.mark = m
	return nil
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.PatternNode {
	m := p.mark
	start := p.peek()
	if ps := p.openSequencePattern(); ps != nil {
		return &ast.MatchSequence{Pos: p.pos(start), Patterns: ps}
	}
	p.mark = m
	return p.pattern()
}

// pattern: as_pattern | or_pattern.
func (p *parser) pattern() ast.PatternNode {
	if a := p.asPattern(); a != nil {
		return a
	}
	return p.orPattern()
}

// asPattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern.
func (p *parser) asPattern() ast.PatternNode {
	m := p.mark
	start := p.peek()
	if pat := p.orPattern(); pat != nil && p.expect(kAs) != nil {
		if t := p.patternCaptureTarget(); t != nil {
			return &ast.MatchAs{Pos: p.pos(start), Pattern: pat, Name: t.Id}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidAsPattern()
		p.mark = m
	}
	return nil
}

// orPattern: '|'.closed_pattern+ .
func (p *parser) orPattern() ast.PatternNode {
	start := p.peek()
	first := p.closedPattern()
	if first == nil {
		return nil
	}
	pats := []ast.PatternNode{first}
	for {
		m := p.mark
		if p.expect(tVBAR) == nil {
			break
		}
		c := p.closedPattern()
		if c == nil {
			p.mark = m
			break
		}
		pats = append(pats, c)
	}
	if len(pats) == 1 {
		return first
	}
	return &ast.MatchOr{Pos: p.pos(start), Patterns: pats}
}

// closedPattern (memo): the patterns that need no parentheses.
func (p *parser) closedPattern() ast.PatternNode {
	if n, ok := p.memoized(rClosedPattern); ok {
		r, _ := n.(ast.PatternNode)
		return r
	}
	m := p.mark
	r := p.closedPatternRaw()
	if r == nil {
		p.mark = m
	}
	p.memoize(m, rClosedPattern, r)
	return r
}

func (p *parser) closedPatternRaw() ast.PatternNode {
	m := p.mark
	for _, f := range []func() ast.PatternNode{
		p.literalPattern, p.capturePattern, p.wildcardPattern, p.valuePattern,
		p.groupPattern, p.sequencePattern, p.mappingPattern, p.classPattern,
	} {
		if r := f(); r != nil {
			return r
		}
		p.mark = m
	}
	return nil
}

// literalPattern: numbers, strings, None, True, False.
func (p *parser) literalPattern() ast.PatternNode {
	start := p.peek()
	switch start.kind {
	case kNone, kTrue, kFalse:
		p.mark++
		var v any = ast.None
		if start.kind != kNone {
			v = start.kind == kTrue
		}
		return &ast.MatchSingleton{Pos: p.pos(start), Value: v}
	}
	if v := p.literalNumberOrString(); v != nil {
		return &ast.MatchValue{Pos: p.pos(start), Value: v}
	}
	return nil
}

// literalExpr: the literal_expr rule, keys of mapping patterns.
func (p *parser) literalExpr() ast.ExprNode {
	start := p.peek()
	switch start.kind {
	case kNone, kTrue, kFalse:
		p.mark++
		var v any = ast.None
		if start.kind != kNone {
			v = start.kind == kTrue
		}
		return &ast.Constant{Pos: p.pos(start), Value: v}
	}
	return p.literalNumberOrString()
}

// literalNumberOrString: signed_number !('+' | '-') | complex_number | strings.
func (p *parser) literalNumberOrString() ast.ExprNode {
	m := p.mark
	if v := p.signedNumber(); v != nil {
		if k := p.peek().kind; k != tPLUS && k != tMINUS {
			return v
		}
	}
	p.mark = m
	if v := p.complexNumber(); v != nil {
		return v
	}
	p.mark = m
	if p.at(tSTRING) {
		return p.strings()
	}
	return nil
}

// signedNumber: NUMBER | '-' NUMBER.
func (p *parser) signedNumber() ast.ExprNode {
	m := p.mark
	start := p.peek()
	if t := p.expect(tNUMBER); t != nil {
		return p.number(t)
	}
	if p.expect(tMINUS) != nil {
		if t := p.expect(tNUMBER); t != nil {
			n := p.number(t)
			return &ast.UnaryOp{Pos: p.pos(start), Op: ast.USub, Operand: n}
		}
	}
	p.mark = m
	return nil
}

// complexNumber: signed_real_number ('+' | '-') imaginary_number.
func (p *parser) complexNumber() ast.ExprNode {
	m := p.mark
	start := p.peek()
	real := p.signedRealNumber()
	if real != nil {
		op := ast.Add
		if p.expect(tPLUS) == nil {
			if p.expect(tMINUS) == nil {
				p.mark = m
				return nil
			}
			op = ast.Sub
		}
		if t := p.expect(tNUMBER); t != nil {
			imag := p.number(t)
			if c, ok := imag.(*ast.Constant); !ok || !isComplex(c.Value) {
				p.raiseNode(imag, "imaginary number required in complex literal")
			}
			return &ast.BinOp{Pos: p.pos(start), Left: real, Op: op, Right: imag}
		}
	}
	p.mark = m
	return nil
}

func isComplex(v any) bool {
	_, ok := v.(complex128)
	return ok
}

// signedRealNumber: real_number | '-' real_number.
func (p *parser) signedRealNumber() ast.ExprNode {
	m := p.mark
	start := p.peek()
	neg := p.expect(tMINUS) != nil
	t := p.expect(tNUMBER)
	if t == nil {
		p.mark = m
		return nil
	}
	n := p.number(t)
	if c, ok := n.(*ast.Constant); !ok || isComplex(c.Value) {
		p.raiseNode(n, "real number required in complex literal")
	}
	if neg {
		return &ast.UnaryOp{Pos: p.pos(start), Op: ast.USub, Operand: n}
	}
	return n
}

// patternCaptureTarget: !"_" NAME !('.' | '(' | '='), as a Store name.
func (p *parser) patternCaptureTarget() *ast.Name {
	m := p.mark
	t := p.peek()
	if t.kind != tNAME || p.isSoft(t, "_") {
		return nil
	}
	p.mark++
	if k := p.peek().kind; k == tDOT || k == tLPAR || k == tEQUAL {
		p.mark = m
		return nil
	}
	return p.name(t, ast.Store)
}

// capturePattern: pattern_capture_target.
func (p *parser) capturePattern() ast.PatternNode {
	start := p.peek()
	if t := p.patternCaptureTarget(); t != nil {
		return &ast.MatchAs{Pos: p.pos(start), Name: t.Id}
	}
	return nil
}

// wildcardPattern: "_".
func (p *parser) wildcardPattern() ast.PatternNode {
	if t := p.expectSoft("_"); t != nil {
		return &ast.MatchAs{Pos: p.pos(t)}
	}
	return nil
}

// valuePattern: attr !('.' | '(' | '=').
func (p *parser) valuePattern() ast.PatternNode {
	m := p.mark
	start := p.peek()
	if a := p.attr(); a != nil {
		if k := p.peek().kind; k != tDOT && k != tLPAR && k != tEQUAL {
			return &ast.MatchValue{Pos: p.pos(start), Value: a}
		}
	}
	p.mark = m
	return nil
}

// attr: name_or_attr '.' NAME (at least one dot).
func (p *parser) attr() ast.ExprNode {
	m := p.mark
	e := p.nameOrAttr()
	if _, ok := e.(*ast.Attribute); !ok {
		p.mark = m
		return nil
	}
	return e
}

// nameOrAttr: NAME ('.' NAME)*, as Attribute nodes.
func (p *parser) nameOrAttr() ast.ExprNode {
	start := p.expect(tNAME)
	if start == nil {
		return nil
	}
	var e ast.ExprNode = p.name(start, ast.Load)
	for {
		m := p.mark
		if p.expect(tDOT) == nil {
			break
		}
		n := p.expect(tNAME)
		if n == nil {
			p.mark = m
			break
		}
		e = &ast.Attribute{Pos: p.pos(start), Value: e, Attr: p.ident(n), Ctx: ast.Load}
	}
	return e
}

// groupPattern: '(' pattern ')'.
func (p *parser) groupPattern() ast.PatternNode {
	m := p.mark
	if p.expect(tLPAR) != nil {
		if pat := p.pattern(); pat != nil && p.expect(tRPAR) != nil {
			return pat
		}
	}
	p.mark = m
	return nil
}

// sequencePattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'.
func (p *parser) sequencePattern() ast.PatternNode {
	m := p.mark
	start := p.peek()
	if p.expect(tLSQB) != nil {
		ps := p.maybeSequencePattern()
		if p.expect(tRSQB) != nil {
			if ps == nil {
				ps = []ast.PatternNode{}
			}
			return &ast.MatchSequence{Pos: p.pos(start), Patterns: ps}
		}
	}
	p.mark = m
	if p.expect(tLPAR) != nil {
		ps := p.openSequencePattern()
		if p.expect(tRPAR) != nil {
			if ps == nil {
				ps = []ast.PatternNode{}
			}
			return &ast.MatchSequence{Pos: p.pos(start), Patterns: ps}
		}
	}
	p.mark = m
	return nil
}

// openSequencePattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) openSequencePattern() []ast.PatternNode {
	m := p.mark
	first := p.maybeStarPattern()
	if first == nil || p.expect(tCOMMA) == nil {
		p.mark = m
		return nil
	}
	return append([]ast.PatternNode{first}, p.maybeSequencePattern()...)
}

// maybeSequencePattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []ast.PatternNode {
	first := p.maybeStarPattern()
	if first == nil {
		return nil
	}
	out := []ast.PatternNode{first}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		q := p.maybeStarPattern()
		if q == nil {
			p.mark = m
			break
		}
		out = append(out, q)
	}
	p.expect(tCOMMA)
	return out
}

// maybeStarPattern: star_pattern | pattern.
func (p *parser) maybeStarPattern() ast.PatternNode {
	if s := p.starPattern(); s != nil {
		return s
	}
	return p.pattern()
}

// starPattern (memo): '*' pattern_capture_target | '*' wildcard_pattern.
func (p *parser) starPattern() ast.PatternNode {
	if n, ok := p.memoized(rStarPattern); ok {
		r, _ := n.(ast.PatternNode)
		return r
	}
	m := p.mark
	var r ast.PatternNode
	if start := p.expect(tSTAR); start != nil {
		if t := p.patternCaptureTarget(); t != nil {
			r = &ast.MatchStar{Pos: p.pos(start), Name: t.Id}
		} else if p.wildcardPattern() != nil {
			r = &ast.MatchStar{Pos: p.pos(start)}
		}
	}
	if r == nil {
		p.mark = m
	}
	p.memoize(m, rStarPattern, r)
	return r
}

// mappingPattern: '{' [items] [',' '**' rest] [','] '}'.
func (p *parser) mappingPattern() ast.PatternNode {
	m := p.mark
	start := p.expect(tLBRACE)
	if start == nil {
		return nil
	}
	if p.expect(tRBRACE) != nil {
		return &ast.MatchMapping{Pos: p.pos(start), Keys: []ast.ExprNode{}, Patterns: []ast.PatternNode{}}
	}
	m2 := p.mark
	if rest := p.doubleStarPattern(); rest != nil {
		p.expect(tCOMMA)
		if p.expect(tRBRACE) != nil {
			return &ast.MatchMapping{Pos: p.pos(start), Keys: []ast.ExprNode{}, Patterns: []ast.PatternNode{}, Rest: rest.Id}
		}
	}
	p.mark = m2
	if keys, pats := p.itemsPattern(); keys != nil {
		m3 := p.mark
		if p.expect(tCOMMA) != nil {
			if rest := p.doubleStarPattern(); rest != nil {
				p.expect(tCOMMA)
				if p.expect(tRBRACE) != nil {
					return &ast.MatchMapping{Pos: p.pos(start), Keys: keys, Patterns: pats, Rest: rest.Id}
				}
			}
		}
		p.mark = m3
		p.expect(tCOMMA)
		if p.expect(tRBRACE) != nil {
			return &ast.MatchMapping{Pos: p.pos(start), Keys: keys, Patterns: pats}
		}
	}
	p.mark = m
	return nil
}

// itemsPattern: ','.key_value_pattern+ .
func (p *parser) itemsPattern() ([]ast.ExprNode, []ast.PatternNode) {
	k, v := p.keyValuePattern()
	if k == nil {
		return nil, nil
	}
	keys, pats := []ast.ExprNode{k}, []ast.PatternNode{v}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		k, v := p.keyValuePattern()
		if k == nil {
			p.mark = m
			break
		}
		keys, pats = append(keys, k), append(pats, v)
	}
	return keys, pats
}

// keyValuePattern: (literal_expr | attr) ':' pattern.
func (p *parser) keyValuePattern() (ast.ExprNode, ast.PatternNode) {
	m := p.mark
	k := p.literalExpr()
	if k == nil {
		p.mark = m
		k = p.attr()
	}
	if k != nil && p.expect(tCOLON) != nil {
		if v := p.pattern(); v != nil {
			return k, v
		}
	}
	p.mark = m
	return nil, nil
}

// doubleStarPattern: '**' pattern_capture_target.
func (p *parser) doubleStarPattern() *ast.Name {
	m := p.mark
	if p.expect(tDOUBLESTAR) != nil {
		if t := p.patternCaptureTarget(); t != nil {
			return t
		}
	}
	p.mark = m
	return nil
}

// classPattern: name_or_attr '(' [positional patterns] [keyword patterns] ')'.
func (p *parser) classPattern() ast.PatternNode {
	m := p.mark
	start := p.peek()
	cls := p.nameOrAttr()
	if cls == nil || p.expect(tLPAR) == nil {
		p.mark = m
		return nil
	}
	m2 := p.mark
	if p.expect(tRPAR) != nil {
		return &ast.MatchClass{Pos: p.pos(start), Cls: cls, Patterns: []ast.PatternNode{}, KwdAttrs: []string{}, KwdPatterns: []ast.PatternNode{}}
	}
	if pos := p.positionalPatterns(); pos != nil {
		m3 := p.mark
		p.expect(tCOMMA)
		if p.expect(tRPAR) != nil {
			return &ast.MatchClass{Pos: p.pos(start), Cls: cls, Patterns: pos, KwdAttrs: []string{}, KwdPatterns: []ast.PatternNode{}}
		}
		p.mark = m3
		if p.expect(tCOMMA) != nil {
			if names, pats := p.keywordPatterns(); names != nil {
				p.expect(tCOMMA)
				if p.expect(tRPAR) != nil {
					return &ast.MatchClass{Pos: p.pos(start), Cls: cls, Patterns: pos, KwdAttrs: names, KwdPatterns: pats}
				}
			}
		}
	}
	p.mark = m2
	if names, pats := p.keywordPatterns(); names != nil {
		p.expect(tCOMMA)
		if p.expect(tRPAR) != nil {
			return &ast.MatchClass{Pos: p.pos(start), Cls: cls, Patterns: []ast.PatternNode{}, KwdAttrs: names, KwdPatterns: pats}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidClassPattern()
		p.mark = m
	}
	return nil
}

// positionalPatterns: ','.pattern+ .
func (p *parser) positionalPatterns() []ast.PatternNode {
	first := p.pattern()
	if first == nil {
		return nil
	}
	out := []ast.PatternNode{first}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		q := p.pattern()
		if q == nil {
			p.mark = m
			break
		}
		out = append(out, q)
	}
	return out
}

// keywordPatterns: ','.(NAME '=' pattern)+ .
func (p *parser) keywordPatterns() ([]string, []ast.PatternNode) {
	var names []string
	var pats []ast.PatternNode
	for {
		m := p.mark
		if names != nil && p.expect(tCOMMA) == nil {
			break
		}
		n := p.expect(tNAME)
		if n == nil || p.expect(tEQUAL) == nil {
			p.mark = m
			break
		}
		v := p.pattern()
		if v == nil {
			p.mark = m
			break
		}
		names, pats = append(names, p.ident(n)), append(pats, v)
	}
	return names, pats
}
