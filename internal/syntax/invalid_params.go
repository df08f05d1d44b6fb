package syntax

// The invalid_ rules of parameter lists (of def, and with lam of lambda).

func (p *parser) invalidParameters()       { p.invalidParametersOf(false) }
func (p *parser) invalidLambdaParameters() { p.invalidParametersOf(true) }

func (p *parser) invalidParametersOf(lam bool) {
	m := p.mark
	// param_no_default* invalid_parameters_helper param_no_default
	p.paramNoDefaults(lam)
	if p.invalidParametersHelper(lam) {
		if a := p.paramNoDefault(lam); a != nil {
			p.raiseNode(a, "non-default argument follows default argument")
		}
	}
	p.mark = m
	// param_no_default* '(' param_no_default+ ','? ')'  (lambda: ','.lambda_param+)
	p.paramNoDefaults(lam)
	if a := p.expect(tLPAR); a != nil {
		ok := false
		if lam {
			if p.param(true) != nil {
				ok = true
				for {
					m2 := p.mark
					if p.expect(tCOMMA) == nil || p.param(true) == nil {
						p.mark = m2
						break
					}
				}
			}
		} else {
			ok = p.paramNoDefaults(false) != nil
		}
		if ok {
			p.expect(tCOMMA)
			if b := p.expect(tRPAR); b != nil {
				msg := "Function parameters cannot be parenthesized"
				if lam {
					msg = "Lambda expression parameters cannot be parenthesized"
				}
				p.raiseAt(SyntaxError, a.line, a.col, b.endLine, b.endCol, "%s", msg)
			}
		}
	}
	p.mark = m
	// "/" ','
	if a := p.expect(tSLASH); a != nil && p.expect(tCOMMA) != nil {
		p.raiseTok(a, "at least one argument must precede /")
	}
	p.mark = m
	// (slash_no_default | slash_with_default) param_maybe_default* '/'
	if p.slashAny(lam) {
		p.paramMaybeDefaults(lam)
		if a := p.expect(tSLASH); a != nil {
			p.raiseTok(a, "/ may appear only once")
		}
	}
	p.mark = m
	// (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
	// param_maybe_default* '/'
	if !p.slashAny(lam) {
		p.mark = m
	}
	p.paramMaybeDefaults(lam)
	if p.expect(tSTAR) != nil && (p.expect(tCOMMA) != nil || p.paramNoDefault(lam) != nil) {
		p.paramMaybeDefaults(lam)
		if a := p.expect(tSLASH); a != nil {
			p.raiseTok(a, "/ must be ahead of *")
		}
	}
	p.mark = m
	// param_maybe_default+ '/' '*'
	if p.paramMaybeDefaults(lam) != nil && p.expect(tSLASH) != nil {
		if a := p.expect(tSTAR); a != nil {
			p.raiseTok(a, "expected comma between / and *")
		}
	}
	p.mark = m
}

// slashAny is slash_no_default | slash_with_default.
func (p *parser) slashAny(lam bool) bool {
	m := p.mark
	if p.slashNoDefault(lam) != nil {
		return true
	}
	p.mark = m
	if _, _, ok := p.slashWithDefault(lam); ok {
		return true
	}
	p.mark = m
	return false
}

// invalidParametersHelper: slash_with_default | param_with_default+ .
func (p *parser) invalidParametersHelper(lam bool) bool {
	m := p.mark
	if _, _, ok := p.slashWithDefault(lam); ok {
		return true
	}
	p.mark = m
	return p.paramWithDefaults(lam) != nil
}

// invalidDefault: '=' &(')'|',').
func (p *parser) invalidDefault() {
	if a := p.expect(tEQUAL); a != nil {
		if k := p.peek().kind; k == tRPAR || k == tCOMMA {
			p.raiseTok(a, "expected default value expression")
		}
	}
}

func (p *parser) invalidStarEtc()       { p.invalidStarEtcOf(false) }
func (p *parser) invalidLambdaStarEtc() { p.invalidStarEtcOf(true) }

func (p *parser) invalidStarEtcOf(lam bool) {
	m := p.mark
	closer := tRPAR
	if lam {
		closer = tCOLON
	}
	// '*' (')' | ',' (')' | '**'))
	if a := p.expect(tSTAR); a != nil {
		ok := p.expect(closer) != nil
		if !ok && p.expect(tCOMMA) != nil {
			ok = p.expect(closer) != nil || p.expect(tDOUBLESTAR) != nil
		}
		if ok {
			if lam {
				p.raise(SyntaxError, "named arguments must follow bare *")
			}
			p.raiseTok(a, "named arguments must follow bare *")
		}
	}
	p.mark = m
	// '*' param '='
	if p.expect(tSTAR) != nil && p.param(lam) != nil {
		if a := p.expect(tEQUAL); a != nil {
			p.raiseTok(a, "var-positional argument cannot have default value")
		}
	}
	p.mark = m
	// '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
	if p.expect(tSTAR) != nil && (p.paramNoDefault(lam) != nil || p.expect(tCOMMA) != nil) {
		p.paramMaybeDefaults(lam)
		if a := p.expect(tSTAR); a != nil && (p.paramNoDefault(lam) != nil || p.expect(tCOMMA) != nil) {
			p.raiseTok(a, "* argument may appear only once")
		}
	}
	p.mark = m
}

func (p *parser) invalidKwds()       { p.invalidKwdsOf(false) }
func (p *parser) invalidLambdaKwds() { p.invalidKwdsOf(true) }

func (p *parser) invalidKwdsOf(lam bool) {
	m := p.mark
	if p.expect(tDOUBLESTAR) != nil && p.param(lam) != nil {
		if a := p.expect(tEQUAL); a != nil {
			p.raiseTok(a, "var-keyword argument cannot have default value")
		}
		if p.expect(tCOMMA) != nil {
			if a := p.param(lam); a != nil {
				p.raiseNode(a, "arguments cannot follow var-keyword argument")
			}
			if a := p.peek(); a.kind == tSTAR || a.kind == tDOUBLESTAR || a.kind == tSLASH {
				p.mark++
				p.raiseTok(a, "arguments cannot follow var-keyword argument")
			}
		}
	}
	p.mark = m
}
