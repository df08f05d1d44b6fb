package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The invalid_ rules of expressions, calls and assignments: tried only in the second
// pass, they raise the precise SyntaxError when they match, else they return with the
// mark wherever they left it (their callers restore it).

// invalidArguments: the errors of a call's argument list.
func (p *parser) invalidArguments() {
	m := p.mark
	// args ',' '*'
	if a := p.args(); a != nil && p.expect(tCOMMA) != nil {
		if b := p.expect(tSTAR); b != nil {
			p.raiseTok(b, "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	p.mark = m
	// expression for_if_clauses ',' [args | expression for_if_clauses]
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expect(tCOMMA) != nil {
			m2 := p.mark
			if p.args() == nil {
				p.mark = m2
				if p.expression() == nil || p.forIfClauses() == nil {
					p.mark = m2
				}
			}
			p.raiseRange(a, lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
		}
	}
	p.mark = m
	// NAME '=' expression for_if_clauses
	if a := p.expect(tNAME); a != nil {
		if b := p.expect(tEQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseAt(SyntaxError, a.line, a.col, b.endLine, b.endCol, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.mark = m
	// args for_if_clauses
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			if len(a.Args) > 1 {
				p.raiseRange(a.Args[len(a.Args)-1], lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
			}
		}
	}
	p.mark = m
	// args ',' expression for_if_clauses
	if p.args() != nil && p.expect(tCOMMA) != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseRange(a, lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
			}
		}
	}
	p.mark = m
	// args ',' args
	if a := p.args(); a != nil && p.expect(tCOMMA) != nil && p.args() != nil {
		msg := "positional argument follows keyword argument"
		for _, k := range a.Keywords {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
		p.raise(SyntaxError, "%s", msg)
	}
	p.mark = m
}

func lastComprehensionItem(c *ast.Comprehension) ast.ExprNode {
	if len(c.Ifs) == 0 {
		return c.Iter
	}
	return c.Ifs[len(c.Ifs)-1]
}

// invalidKwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses |
// !(NAME '=') expression '='.
func (p *parser) invalidKwarg() {
	m := p.mark
	if a := p.peek(); a.kind == kTrue || a.kind == kFalse || a.kind == kNone {
		p.mark++
		if b := p.expect(tEQUAL); b != nil {
			p.raiseAt(SyntaxError, a.line, a.col, b.endLine, b.endCol, "cannot assign to %s", p.text(a))
		}
	}
	p.mark = m
	if a := p.expect(tNAME); a != nil {
		if b := p.expect(tEQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseAt(SyntaxError, a.line, a.col, b.endLine, b.endCol, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.mark = m
	if p.expect(tNAME) != nil && p.at(tEQUAL) {
		p.mark = m
		return
	}
	p.mark = m
	if a := p.expression(); a != nil {
		if b := p.expect(tEQUAL); b != nil {
			l := a.Loc()
			p.raiseAt(SyntaxError, l.Lineno, l.ColOffset, b.endLine, b.endCol, "expression cannot contain assignment, perhaps you meant \"==\"?")
		}
	}
	p.mark = m
}

// expressionWithoutInvalid is expression_without_invalid: expression with the invalid_
// rules turned off beneath it.
func (p *parser) expressionWithoutInvalid() ast.ExprNode {
	saved := p.invalid
	p.invalid = false
	defer func() { p.invalid = saved }()
	m := p.mark
	e := p.expressionRaw(true)
	if e == nil {
		p.mark = m
	}
	return e
}

// isLegacy is _PyPegen_check_legacy_stmt: print and exec used as statements.
func isLegacy(e ast.ExprNode) bool {
	n, ok := e.(*ast.Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// invalidLegacyExpression: NAME !'(' star_expressions, for print and exec.
func (p *parser) invalidLegacyExpression() {
	m := p.mark
	if a := p.expect(tNAME); a != nil && !p.at(tLPAR) {
		if b := p.starExpressions(); b != nil {
			if n := p.name(a, ast.Load); isLegacy(n) {
				p.raiseRange(n, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
			}
		}
	}
	p.mark = m
}

var softKeywords = map[string]bool{"_": true, "case": true, "match": true}

// invalidExpression: two expressions without a comma between them; an 'if' without
// 'else'.
func (p *parser) invalidExpression() {
	m := p.mark
	t := p.peek()
	skip := false
	if t.kind == tNAME {
		if softKeywords[p.text(t)] {
			skip = true
		} else {
			p.mark++
			skip = p.at(tSTRING)
			p.mark = m
		}
	}
	if !skip {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if !isLegacy(a) && p.toks[p.mark-1].level != 0 {
					p.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?")
				}
			}
		}
	}
	p.mark = m
	if a := p.disjunction(); a != nil && p.expect(kIf) != nil {
		if b := p.disjunction(); b != nil {
			if k := p.peek().kind; k != kElse && k != tCOLON {
				p.raiseRange(a, b, "expected 'else' after 'if' expression")
			}
		}
	}
	p.mark = m
}

// invalidNamedExpression (memo): misuses of ':=' and '=' inside expressions.
func (p *parser) invalidNamedExpression() {
	if _, ok := p.memoized(rInvalidNamedExpression); ok {
		return
	}
	m := p.mark
	if a := p.expression(); a != nil && p.expect(tCOLONEQUAL) != nil && p.expression() != nil {
		p.raiseNode(a, "cannot use assignment expressions with %s", exprName(a))
	}
	p.mark = m
	if a := p.expect(tNAME); a != nil && p.expect(tEQUAL) != nil {
		if b := p.bitwiseOr(); b != nil {
			if k := p.peek().kind; k != tEQUAL && k != tCOLONEQUAL {
				p.raiseRange(p.name(a, ast.Load), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
	}
	p.mark = m
	if !p.startsLiteralTarget() {
		p.mark = m
		if a := p.bitwiseOr(); a != nil && p.expect(tEQUAL) != nil && p.bitwiseOr() != nil {
			if k := p.peek().kind; k != tEQUAL && k != tCOLONEQUAL {
				p.raiseNode(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
			}
		}
	}
	p.mark = m
	p.memoize(m, rInvalidNamedExpression, nil)
}

// startsLiteralTarget is &(list | tuple | genexp | 'True' | 'None' | 'False').
func (p *parser) startsLiteralTarget() bool {
	m := p.mark
	defer func() { p.mark = m }()
	switch p.peek().kind {
	case kTrue, kNone, kFalse:
		return true
	case tLSQB:
		return p.list() != nil
	case tLPAR:
		if p.tuple() != nil {
			return true
		}
		p.mark = m
		return p.genexp() != nil
	}
	return false
}

// invalidAssignment: the errors of assignment statements.
func (p *parser) invalidAssignment() {
	m := p.mark
	// invalid_ann_assign_target ':' expression
	if a := p.invalidAnnAssignTarget(); a != nil && p.expect(tCOLON) != nil && p.expression() != nil {
		p.raiseNode(a, "only single target (not %s) can be annotated", exprName(a))
	}
	p.mark = m
	// star_named_expression ',' star_named_expressions* ':' expression
	if a := p.starNamedExpression(); a != nil && p.expect(tCOMMA) != nil {
		for p.starNamedExpressions() != nil {
		}
		if p.expect(tCOLON) != nil && p.expression() != nil {
			p.raiseNode(a, "only single target (not tuple) can be annotated")
		}
	}
	p.mark = m
	// expression ':' expression
	if a := p.expression(); a != nil && p.expect(tCOLON) != nil && p.expression() != nil {
		p.raiseNode(a, "illegal target for annotation")
	}
	p.mark = m
	// (star_targets '=')* star_expressions '='
	p.skipTargets()
	if a := p.starExpressions(); a != nil && p.expect(tEQUAL) != nil {
		p.raiseInvalidTarget(starTargets, a)
	}
	p.mark = m
	// (star_targets '=')* yield_expr '='
	p.skipTargets()
	if a := p.yieldExpr(); a != nil && p.expect(tEQUAL) != nil {
		p.raiseNode(a, "assignment to yield expression not possible")
	}
	p.mark = m
	// star_expressions augassign (yield_expr | star_expressions)
	if a := p.starExpressions(); a != nil {
		if _, ok := p.augassign(); ok && p.annotatedRHS() != nil {
			p.raiseNode(a, "'%s' is an illegal expression for augmented assignment", exprName(a))
		}
	}
	p.mark = m
}

// skipTargets is (star_targets '=')*.
func (p *parser) skipTargets() {
	for {
		m := p.mark
		if p.starTargets() == nil || p.expect(tEQUAL) == nil {
			p.mark = m
			return
		}
	}
}

// invalidAnnAssignTarget: list | tuple | '(' invalid_ann_assign_target ')'.
func (p *parser) invalidAnnAssignTarget() ast.ExprNode {
	m := p.mark
	if a := p.list(); a != nil {
		return a
	}
	p.mark = m
	if a := p.tuple(); a != nil {
		return a
	}
	p.mark = m
	if p.expect(tLPAR) != nil {
		if a := p.invalidAnnAssignTarget(); a != nil && p.expect(tRPAR) != nil {
			return a
		}
	}
	p.mark = m
	return nil
}

// invalidDelStmt: 'del' star_expressions.
func (p *parser) invalidDelStmt() {
	if p.expect(kDel) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(delTargets, a)
		}
	}
}

// invalidComprehension: unpacking in a comprehension, or a tuple target without
// parentheses.
func (p *parser) invalidComprehension() {
	m := p.mark
	if k := p.peek().kind; k == tLSQB || k == tLPAR || k == tLBRACE {
		p.mark++
		if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
			p.raiseNode(a, "iterable unpacking cannot be used in comprehension")
		}
	}
	p.mark = m
	if k := p.peek().kind; k == tLSQB || k == tLBRACE {
		p.mark++
		if a := p.starNamedExpression(); a != nil {
			m2 := p.mark
			if p.expect(tCOMMA) != nil {
				if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
					p.raiseRange(a, b[len(b)-1], "did you forget parentheses around the comprehension target?")
				}
			}
			p.mark = m2
			if b := p.expect(tCOMMA); b != nil && p.forIfClauses() != nil {
				l := a.Loc()
				p.raiseAt(SyntaxError, l.Lineno, l.ColOffset, b.endLine, b.endCol, "did you forget parentheses around the comprehension target?")
			}
		}
	}
	p.mark = m
}

// invalidDictComprehension: '{' '**' bitwise_or for_if_clauses '}'.
func (p *parser) invalidDictComprehension() {
	if p.expect(tLBRACE) != nil {
		if a := p.expect(tDOUBLESTAR); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.at(tRBRACE) {
			p.raiseTok(a, "dict unpacking cannot be used in dict comprehension")
		}
	}
}

// invalidGroup: '(' starred_expression ')' | '(' '**' expression ')'.
func (p *parser) invalidGroup() {
	m := p.mark
	if p.expect(tLPAR) != nil {
		if a := p.starredExpression(); a != nil && p.at(tRPAR) {
			p.raiseNode(a, "cannot use starred expression here")
		}
	}
	p.mark = m
	if p.expect(tLPAR) != nil {
		if a := p.expect(tDOUBLESTAR); a != nil && p.expression() != nil && p.at(tRPAR) {
			p.raiseTok(a, "cannot use double starred expression here")
		}
	}
	p.mark = m
}

// invalidDoubleStarredKvpairs: the errors of dict displays.
func (p *parser) invalidDoubleStarredKvpairs() {
	m := p.mark
	if p.doubleStarredKvpairsGather() && p.expect(tCOMMA) != nil {
		p.invalidKvpair()
	}
	p.mark = m
	p.invalidKvValue()
}

// doubleStarredKvpairsGather is ','.double_starred_kvpair+ without the trailing comma.
func (p *parser) doubleStarredKvpairsGather() bool {
	if _, ok := p.doubleStarredKvpair(); !ok {
		return false
	}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			return true
		}
		p.noInvalidExpr = true
		_, ok := p.doubleStarredKvpair()
		p.noInvalidExpr = false
		if !ok {
			p.mark = m
			return true
		}
	}
}

// invalidKvpair: expression !(':') | expression ':' '*' bitwise_or |
// expression ':' &('}'|',').
func (p *parser) invalidKvpair() {
	m := p.mark
	if a := p.expression(); a != nil && !p.at(tCOLON) {
		l := a.Loc()
		p.raiseKnown(SyntaxError, l.Lineno, l.EndColOffset-1+1, l.EndLineno, -1+1, "':' expected after dictionary key")
	}
	p.mark = m
	p.invalidKvValue()
}

// invalidKvValue: expression ':' '*' bitwise_or | expression ':' &('}'|','), the errors
// of a dict item's value.
func (p *parser) invalidKvValue() {
	m := p.mark
	if p.expression() != nil && p.expect(tCOLON) != nil {
		if a := p.expect(tSTAR); a != nil && p.bitwiseOr() != nil {
			p.raiseAt(SyntaxError, a.line, a.col, currentPos, currentPos, "cannot use a starred expression in a dictionary value")
		}
	}
	p.mark = m
	if p.expression() != nil {
		if a := p.expect(tCOLON); a != nil {
			if k := p.peek().kind; k == tRBRACE || k == tCOMMA {
				p.raiseTok(a, "expression expected after dictionary key and ':'")
			}
		}
	}
	p.mark = m
}
