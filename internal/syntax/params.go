package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Parameters of def (lam false) and lambda (lam true) share one implementation: a lambda's
// parameters have no annotations and end at ':' instead of ')'.

// nameDefault is a parameter with its default (nil when it has none).
type nameDefault struct {
	arg *ast.Arg
	def ast.ExprNode
}

// starEtc is what follows '*': the var-positional parameter, the keyword-only ones and
// the var-keyword one.
type starEtc struct {
	vararg *ast.Arg
	kwonly []nameDefault
	kwarg  *ast.Arg
}

// params: invalid_parameters | parameters (and the lambda_ forms).
func (p *parser) params() *ast.Arguments { return p.parametersOf(false) }

func (p *parser) lambdaParams() *ast.Arguments { return p.parametersOf(true) }

func (p *parser) parametersOf(lam bool) *ast.Arguments {
	m := p.mark
	if p.invalid {
		if lam {
			p.invalidLambdaParameters()
		} else {
			p.invalidParameters()
		}
		p.mark = m
	}
	// slash_no_default param_no_default* param_with_default* [star_etc]
	if a := p.slashNoDefault(lam); a != nil {
		b := p.paramNoDefaults(lam)
		c := p.paramWithDefaults(lam)
		d := p.starEtc(lam)
		return makeArguments(a, nil, nil, b, c, d)
	}
	p.mark = m
	// slash_with_default param_with_default* [star_etc]
	if a, b, ok := p.slashWithDefault(lam); ok {
		c := p.paramWithDefaults(lam)
		d := p.starEtc(lam)
		return makeArguments(nil, a, b, nil, c, d)
	}
	p.mark = m
	// param_no_default+ param_with_default* [star_etc]
	if a := p.paramNoDefaults(lam); a != nil {
		b := p.paramWithDefaults(lam)
		c := p.starEtc(lam)
		return makeArguments(nil, nil, nil, a, b, c)
	}
	p.mark = m
	// param_with_default+ [star_etc]
	if a := p.paramWithDefaults(lam); a != nil {
		b := p.starEtc(lam)
		return makeArguments(nil, nil, nil, nil, a, b)
	}
	p.mark = m
	if a := p.starEtc(lam); a != nil {
		return makeArguments(nil, nil, nil, nil, nil, a)
	}
	p.mark = m
	return nil
}

// makeArguments is _PyPegen_make_arguments.
func makeArguments(slashNoDefault, slashPlain []*ast.Arg, slashWithDefault []nameDefault,
	plain []*ast.Arg, withDefault []nameDefault, star *starEtc) *ast.Arguments {
	a := emptyArguments()
	if slashNoDefault != nil {
		a.Posonlyargs = slashNoDefault
	} else if slashWithDefault != nil {
		a.Posonlyargs = append(append([]*ast.Arg{}, slashPlain...), names(slashWithDefault)...)
	}
	a.Args = append(append(a.Args, plain...), names(withDefault)...)
	for _, nd := range slashWithDefault {
		a.Defaults = append(a.Defaults, nd.def)
	}
	for _, nd := range withDefault {
		a.Defaults = append(a.Defaults, nd.def)
	}
	if star != nil {
		a.Vararg = star.vararg
		a.Kwarg = star.kwarg
		for _, nd := range star.kwonly {
			a.Kwonlyargs = append(a.Kwonlyargs, nd.arg)
			a.KwDefaults = append(a.KwDefaults, nd.def)
		}
	}
	return a
}

func names(nds []nameDefault) []*ast.Arg {
	out := make([]*ast.Arg, len(nds))
	for i, nd := range nds {
		out[i] = nd.arg
	}
	return out
}

// closer reports whether the token that ends the parameters comes next.
func (p *parser) closer(lam bool) bool {
	if lam {
		return p.at(tCOLON)
	}
	return p.at(tRPAR)
}

// slashNoDefault: param_no_default+ '/' (',' | &')').
func (p *parser) slashNoDefault(lam bool) []*ast.Arg {
	m := p.mark
	a := p.paramNoDefaults(lam)
	if a != nil && p.expect(tSLASH) != nil {
		if p.expect(tCOMMA) != nil || p.closer(lam) {
			return a
		}
	}
	p.mark = m
	return nil
}

// slashWithDefault: param_no_default* param_with_default+ '/' (',' | &')').
func (p *parser) slashWithDefault(lam bool) ([]*ast.Arg, []nameDefault, bool) {
	m := p.mark
	a := p.paramNoDefaults(lam)
	b := p.paramWithDefaults(lam)
	if b != nil && p.expect(tSLASH) != nil {
		if p.expect(tCOMMA) != nil || p.closer(lam) {
			return a, b, true
		}
	}
	p.mark = m
	return nil, nil, false
}

// starEtc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds] |
// '*' param_no_default_star_annotation param_maybe_default* [kwds] |
// '*' ',' param_maybe_default+ [kwds] | kwds.
func (p *parser) starEtc(lam bool) *starEtc {
	m := p.mark
	if p.invalid {
		if lam {
			p.invalidLambdaStarEtc()
		} else {
			p.invalidStarEtc()
		}
		p.mark = m
	}
	if p.expect(tSTAR) != nil {
		a := p.paramNoDefault(lam)
		if a == nil && !lam {
			a = p.paramNoDefaultStarAnnotation()
		}
		if a != nil {
			b := p.paramMaybeDefaults(lam)
			c := p.kwds(lam)
			return &starEtc{vararg: a, kwonly: b, kwarg: c}
		}
		if p.expect(tCOMMA) != nil {
			if b := p.paramMaybeDefaults(lam); b != nil {
				c := p.kwds(lam)
				return &starEtc{kwonly: b, kwarg: c}
			}
		}
	}
	p.mark = m
	if a := p.kwds(lam); a != nil {
		return &starEtc{kwarg: a}
	}
	p.mark = m
	return nil
}

// kwds: invalid_kwds | '**' param_no_default.
func (p *parser) kwds(lam bool) *ast.Arg {
	m := p.mark
	if p.invalid {
		if lam {
			p.invalidLambdaKwds()
		} else {
			p.invalidKwds()
		}
		p.mark = m
	}
	if p.expect(tDOUBLESTAR) != nil {
		if a := p.paramNoDefault(lam); a != nil {
			return a
		}
	}
	p.mark = m
	return nil
}

// paramNoDefaults: param_no_default* (nil when none).
func (p *parser) paramNoDefaults(lam bool) []*ast.Arg {
	var out []*ast.Arg
	for {
		a := p.paramNoDefault(lam)
		if a == nil {
			return out
		}
		out = append(out, a)
	}
}

// paramWithDefaults: param_with_default* (nil when none).
func (p *parser) paramWithDefaults(lam bool) []nameDefault {
	var out []nameDefault
	for {
		a, ok := p.paramDefault(lam, false)
		if !ok {
			return out
		}
		out = append(out, a)
	}
}

// paramMaybeDefaults: param_maybe_default* (nil when none).
func (p *parser) paramMaybeDefaults(lam bool) []nameDefault {
	var out []nameDefault
	for {
		a, ok := p.paramDefault(lam, true)
		if !ok {
			return out
		}
		out = append(out, a)
	}
}

// paramNoDefault: param ',' | param &')'.
func (p *parser) paramNoDefault(lam bool) *ast.Arg {
	m := p.mark
	if a := p.param(lam); a != nil {
		if p.expect(tCOMMA) != nil || p.closer(lam) {
			return a
		}
	}
	p.mark = m
	return nil
}

// paramNoDefaultStarAnnotation: NAME ':' star_expression (',' | &')').
func (p *parser) paramNoDefaultStarAnnotation() *ast.Arg {
	m := p.mark
	if n := p.expect(tNAME); n != nil && p.expect(tCOLON) != nil {
		if e := p.starExpression(); e != nil {
			a := &ast.Arg{Pos: p.pos(n), Arg: p.ident(n), Annotation: e}
			if p.expect(tCOMMA) != nil || p.closer(false) {
				return a
			}
		}
	}
	p.mark = m
	return nil
}

// paramDefault: param default (',' | &')'), or with maybe, param default? ... .
func (p *parser) paramDefault(lam, maybe bool) (nameDefault, bool) {
	m := p.mark
	if a := p.param(lam); a != nil {
		c := p.defaultValue()
		if c != nil || maybe {
			if p.expect(tCOMMA) != nil || p.closer(lam) {
				return nameDefault{a, c}, true
			}
		}
	}
	p.mark = m
	return nameDefault{}, false
}

// param: NAME annotation? (a lambda's: NAME).
func (p *parser) param(lam bool) *ast.Arg {
	n := p.expect(tNAME)
	if n == nil {
		return nil
	}
	a := &ast.Arg{Arg: p.ident(n)}
	if !lam {
		m := p.mark
		if p.expect(tCOLON) != nil {
			if a.Annotation = p.expression(); a.Annotation == nil {
				p.mark = m
			}
		}
	}
	a.Pos = p.pos(n)
	return a
}

// defaultValue: '=' expression | invalid_default.
func (p *parser) defaultValue() ast.ExprNode {
	m := p.mark
	if p.expect(tEQUAL) != nil {
		if e := p.expression(); e != nil {
			return e
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidDefault()
		p.mark = m
	}
	return nil
}
