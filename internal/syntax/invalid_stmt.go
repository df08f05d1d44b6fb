package syntax

import "github.com/gopyrt/gopy/internal/syntax/ast"

// The invalid_ rules of statements: mostly "expected ':'" and the IndentationErrors of
// missing blocks.

// invalidBlock: NEWLINE !INDENT.
func (p *parser) invalidBlock() {
	if p.expect(tNEWLINE) != nil && !p.at(tINDENT) {
		p.raise(IndentationError, "expected an indented block")
	}
}

// noBlock is ':' NEWLINE !INDENT, the missing block after a header.
func (p *parser) noBlock() bool {
	return p.expect(tCOLON) != nil && p.expect(tNEWLINE) != nil && !p.at(tINDENT)
}

func (p *parser) indentError(kw *token, what string) {
	p.raise(IndentationError, "expected an indented block after %s on line %d", what, kw.line)
}

// invalidWithItem: expression 'as' expression &(',' | ')' | ':').
func (p *parser) invalidWithItem() {
	if p.expression() != nil && p.expect(kAs) != nil {
		if a := p.expression(); a != nil {
			if k := p.peek().kind; k == tCOMMA || k == tRPAR || k == tCOLON {
				p.raiseInvalidTarget(starTargets, a)
			}
		}
	}
}

// invalidForTarget: ['async'] 'for' star_expressions.
func (p *parser) invalidForTarget() {
	p.expect(kAsync)
	if p.expect(kFor) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(forTargets, a)
		}
	}
}

// invalidImportFromTargets: import_from_as_names ',' NEWLINE.
func (p *parser) invalidImportFromTargets() {
	if p.importFromAsNames() != nil && p.expect(tCOMMA) != nil && p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "trailing comma not allowed without surrounding parentheses")
	}
}

// withHeader reads [async] 'with' and its items, plain or parenthesized; it returns the
// 'with' token.
func (p *parser) withHeader(paren bool) *token {
	p.expect(kAsync)
	kw := p.expect(kWith)
	if kw == nil {
		return nil
	}
	if paren && p.expect(tLPAR) == nil {
		return nil
	}
	n := 0
	for {
		m := p.mark
		if n > 0 && p.expect(tCOMMA) == nil {
			break
		}
		var e ast.ExprNode
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			p.mark = m
			break
		}
		m2 := p.mark
		if p.expect(kAs) == nil || p.starTarget() == nil {
			p.mark = m2
		}
		n++
	}
	if n == 0 {
		return nil
	}
	if paren {
		p.expect(tCOMMA)
		if p.expect(tRPAR) == nil {
			return nil
		}
	}
	return kw
}

// invalidWithStmt: a with header without ':'.
func (p *parser) invalidWithStmt() {
	m := p.mark
	for _, paren := range []bool{false, true} {
		if p.withHeader(paren) != nil && p.expect(tNEWLINE) != nil {
			p.raise(SyntaxError, "expected ':'")
		}
		p.mark = m
	}
}

// invalidWithStmtIndent: a with header without a block.
func (p *parser) invalidWithStmtIndent() {
	m := p.mark
	for _, paren := range []bool{false, true} {
		if kw := p.withHeader(paren); kw != nil && p.noBlock() {
			p.indentError(kw, "'with' statement")
		}
		p.mark = m
	}
}

// invalidTryStmt: a try without block, without handlers, or with both except and except*.
func (p *parser) invalidTryStmt() {
	m := p.mark
	if a := p.expect(kTry); a != nil && p.noBlock() {
		p.indentError(a, "'try' statement")
	}
	p.mark = m
	if p.expect(kTry) != nil && p.expect(tCOLON) != nil && p.block() != nil {
		if k := p.peek().kind; k != kExcept && k != kFinally {
			p.raise(SyntaxError, "expected 'except' or 'finally' block")
		}
	}
	p.mark = m
	// 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
	// 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
	if p.expect(kTry) != nil && p.expect(tCOLON) != nil {
		for p.block() != nil {
		}
		m2 := p.mark
		n := 0
		for p.exceptBlock(false) != nil {
			n++
		}
		if n > 0 {
			if a := p.expect(kExcept); a != nil {
				if b := p.expect(tSTAR); b != nil && p.expression() != nil {
					p.optAsName()
					if p.expect(tCOLON) != nil {
						p.raiseAt(SyntaxError, a.line, a.col, b.endLine, b.endCol, "cannot have both 'except' and 'except*' on the same 'try'")
					}
				}
			}
		}
		p.mark = m2
		n = 0
		for p.exceptBlock(true) != nil {
			n++
		}
		if n > 0 {
			if a := p.expect(kExcept); a != nil {
				m3 := p.mark
				if p.expression() != nil {
					p.optAsName()
				} else {
					p.mark = m3
				}
				if p.expect(tCOLON) != nil {
					p.raiseTok(a, "cannot have both 'except' and 'except*' on the same 'try'")
				}
			}
		}
	}
	p.mark = m
}

// optAsName is ['as' NAME].
func (p *parser) optAsName() {
	m := p.mark
	if p.expect(kAs) == nil || p.expect(tNAME) == nil {
		p.mark = m
	}
}

// invalidExceptStmt: the errors of except clauses.
func (p *parser) invalidExceptStmt() {
	m := p.mark
	// 'except' '*'? expression ',' expressions ['as' NAME] ':'
	if p.expect(kExcept) != nil {
		p.expect(tSTAR)
		if a := p.expression(); a != nil && p.expect(tCOMMA) != nil && p.expressions() != nil {
			m2 := p.mark
			if p.expect(kAs) == nil || p.expect(tNAME) == nil {
				p.mark = m2
			}
			if p.expect(tCOLON) != nil {
				p.raiseFrom(a, "multiple exception types must be parenthesized")
			}
		}
	}
	p.mark = m
	// 'except' '*'? expression ['as' NAME] NEWLINE
	if p.expect(kExcept) != nil {
		p.expect(tSTAR)
		if p.expression() != nil {
			m2 := p.mark
			if p.expect(kAs) == nil || p.expect(tNAME) == nil {
				p.mark = m2
			}
			if p.expect(tNEWLINE) != nil {
				p.raise(SyntaxError, "expected ':'")
			}
		}
	}
	p.mark = m
	// 'except' NEWLINE
	if p.expect(kExcept) != nil && p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "expected ':'")
	}
	p.mark = m
	// 'except' '*' (NEWLINE | ':')
	if p.expect(kExcept) != nil && p.expect(tSTAR) != nil && (p.expect(tNEWLINE) != nil || p.expect(tCOLON) != nil) {
		p.raise(SyntaxError, "expected one or more exception types")
	}
	p.mark = m
}

// invalidFinallyStmt: 'finally' ':' NEWLINE !INDENT.
func (p *parser) invalidFinallyStmt() {
	if a := p.expect(kFinally); a != nil && p.noBlock() {
		p.indentError(a, "'finally' statement")
	}
}

// invalidExceptStmtIndent: an except clause without a block.
func (p *parser) invalidExceptStmtIndent() {
	m := p.mark
	if a := p.expect(kExcept); a != nil && p.expression() != nil {
		m2 := p.mark
		if p.expect(kAs) == nil || p.expect(tNAME) == nil {
			p.mark = m2
		}
		if p.noBlock() {
			p.indentError(a, "'except' statement")
		}
	}
	p.mark = m
	if a := p.expect(kExcept); a != nil && p.noBlock() {
		p.indentError(a, "'except' statement")
	}
	p.mark = m
}

// invalidExceptStarStmtIndent: an except* clause without a block.
func (p *parser) invalidExceptStarStmtIndent() {
	if a := p.expect(kExcept); a != nil && p.expect(tSTAR) != nil && p.expression() != nil {
		m2 := p.mark
		if p.expect(kAs) == nil || p.expect(tNAME) == nil {
			p.mark = m2
		}
		if p.noBlock() {
			p.indentError(a, "'except*' statement")
		}
	}
}

// invalidMatchStmt: "match" subject_expr without ':' or without a block.
func (p *parser) invalidMatchStmt() {
	m := p.mark
	if p.expectSoft("match") != nil && p.subjectExpr() != nil && p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "expected ':'")
	}
	p.mark = m
	if a := p.expectSoft("match"); a != nil && p.subjectExpr() != nil && p.noBlock() {
		p.indentError(a, "'match' statement")
	}
	p.mark = m
}

// invalidCaseBlock: "case" patterns guard? without ':' or without a block.
func (p *parser) invalidCaseBlock() {
	m := p.mark
	if p.expectSoft("case") != nil && p.patterns() != nil {
		p.guard()
		if p.expect(tNEWLINE) != nil {
			p.raise(SyntaxError, "expected ':'")
		}
	}
	p.mark = m
	if a := p.expectSoft("case"); a != nil && p.patterns() != nil {
		p.guard()
		if p.noBlock() {
			p.indentError(a, "'case' statement")
		}
	}
	p.mark = m
}

// invalidAsPattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression.
func (p *parser) invalidAsPattern() {
	m := p.mark
	if p.orPattern() != nil && p.expect(kAs) != nil {
		if a := p.expectSoft("_"); a != nil {
			p.raiseTok(a, "cannot use '_' as a target")
		}
		if !p.at(tNAME) {
			if a := p.expression(); a != nil {
				p.raiseNode(a, "invalid pattern target")
			}
		}
	}
	p.mark = m
}

// invalidClassPattern: name_or_attr '(' invalid_class_argument_pattern.
func (p *parser) invalidClassPattern() {
	if p.nameOrAttr() != nil && p.expect(tLPAR) != nil {
		// [positional_patterns ','] keyword_patterns ',' positional_patterns
		m := p.mark
		if p.positionalPatterns() == nil || p.expect(tCOMMA) == nil {
			p.mark = m
		}
		if names, _ := p.keywordPatterns(); names != nil && p.expect(tCOMMA) != nil {
			if a := p.positionalPatterns(); a != nil {
				p.raiseRange(a[0], a[len(a)-1], "positional patterns follow keyword patterns")
			}
		}
	}
}

// headerNoColon is kw named_expression NEWLINE: "expected ':'" (if, elif, while).
func (p *parser) headerNoColon(kw tokKind) {
	m := p.mark
	if p.expect(kw) != nil && p.namedExpression() != nil && p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "expected ':'")
	}
	p.mark = m
}

// headerNoBlock is kw named_expression ':' NEWLINE !INDENT.
func (p *parser) headerNoBlock(kw tokKind, what string) {
	m := p.mark
	if a := p.expect(kw); a != nil && p.namedExpression() != nil && p.noBlock() {
		p.indentError(a, what)
	}
	p.mark = m
}

func (p *parser) invalidIfStmt() {
	p.headerNoColon(kIf)
	p.headerNoBlock(kIf, "'if' statement")
}

func (p *parser) invalidElifStmt() {
	p.headerNoColon(kElif)
	p.headerNoBlock(kElif, "'elif' statement")
}

func (p *parser) invalidWhileStmt() {
	p.headerNoColon(kWhile)
	p.headerNoBlock(kWhile, "'while' statement")
}

// invalidElseStmt: 'else' ':' NEWLINE !INDENT.
func (p *parser) invalidElseStmt() {
	if a := p.expect(kElse); a != nil && p.noBlock() {
		p.indentError(a, "'else' statement")
	}
}

// invalidForStmt: a for header without ':' or without a block.
func (p *parser) invalidForStmt() {
	m := p.mark
	p.expect(kAsync)
	if p.expect(kFor) != nil && p.starTargets() != nil && p.expect(kIn) != nil && p.starExpressions() != nil && p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "expected ':'")
	}
	p.mark = m
	p.expect(kAsync)
	if a := p.expect(kFor); a != nil && p.starTargets() != nil && p.expect(kIn) != nil && p.starExpressions() != nil && p.noBlock() {
		p.indentError(a, "'for' statement")
	}
	p.mark = m
}

// invalidDefRaw: a function header without a block.
func (p *parser) invalidDefRaw() {
	p.expect(kAsync)
	if a := p.expect(kDef); a != nil && p.expect(tNAME) != nil && p.expect(tLPAR) != nil {
		p.params()
		if p.expect(tRPAR) != nil {
			m := p.mark
			if p.expect(tRARROW) == nil || p.expression() == nil {
				p.mark = m
			}
			if p.noBlock() {
				p.indentError(a, "function definition")
			}
		}
	}
}

// invalidClassDefRaw: a class header without ':' or without a block.
func (p *parser) invalidClassDefRaw() {
	m := p.mark
	a := p.expect(kClass)
	if a == nil || p.expect(tNAME) == nil {
		p.mark = m
		return
	}
	m2 := p.mark
	if p.expect(tLPAR) != nil {
		p.arguments()
		if p.expect(tRPAR) == nil {
			p.mark = m2
		}
	}
	m3 := p.mark
	if p.expect(tNEWLINE) != nil {
		p.raise(SyntaxError, "expected ':'")
	}
	p.mark = m3
	if p.noBlock() {
		p.indentError(a, "class definition")
	}
	p.mark = m
}
