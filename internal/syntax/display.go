package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'.
func (p *parser) tuple() ast.ExprNode {
	m := p.mark
	start := p.expect(tLPAR)
	if start == nil {
		return nil
	}
	elts := []ast.ExprNode{}
	m2 := p.mark
	if y := p.starNamedExpression(); y != nil && p.expect(tCOMMA) != nil {
		elts = append(elts, y)
		elts = append(elts, p.starNamedExpressions()...)
	} else {
		p.mark = m2
	}
	if p.expect(tRPAR) != nil {
		return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
	}
	p.mark = m
	return nil
}

// list: '[' [star_named_expressions] ']'.
func (p *parser) list() ast.ExprNode {
	m := p.mark
	start := p.expect(tLSQB)
	if start == nil {
		return nil
	}
	elts := p.starNamedExpressions()
	if p.expect(tRSQB) != nil {
		if elts == nil {
			elts = []ast.ExprNode{}
		}
		return &ast.List{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
	}
	p.mark = m
	return nil
}

// set: '{' star_named_expressions '}'.
func (p *parser) set() ast.ExprNode {
	m := p.mark
	start := p.expect(tLBRACE)
	if start == nil {
		return nil
	}
	if elts := p.starNamedExpressions(); elts != nil && p.expect(tRBRACE) != nil {
		return &ast.Set{Pos: p.pos(start), Elts: elts}
	}
	p.mark = m
	return nil
}

// kv is a dict item; a nil key stands for '**' value.
type kv struct {
	key, value ast.ExprNode
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'.
func (p *parser) dict() ast.ExprNode {
	m := p.mark
	start := p.expect(tLBRACE)
	if start == nil {
		return nil
	}
	items := p.doubleStarredKvpairs()
	if p.expect(tRBRACE) != nil {
		d := &ast.Dict{Pos: p.pos(start), Keys: make([]ast.ExprNode, len(items)), Values: make([]ast.ExprNode, len(items))}
		for i, it := range items {
			d.Keys[i], d.Values[i] = it.key, it.value
		}
		return d
	}
	p.mark = m
	if p.invalid {
		p.mark++
		p.invalidDoubleStarredKvpairs()
		p.mark = m
	}
	return nil
}

// doubleStarredKvpairs: ','.double_starred_kvpair+ [','].
func (p *parser) doubleStarredKvpairs() []kv {
	first, ok := p.doubleStarredKvpair()
	if !ok {
		return nil
	}
	out := []kv{first}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		p.noInvalidExpr = true
		it, ok := p.doubleStarredKvpair()
		p.noInvalidExpr = false
		if !ok {
			p.mark = m
			break
		}
		out = append(out, it)
	}
	p.expect(tCOMMA)
	return out
}

// doubleStarredKvpair: '**' bitwise_or | kvpair.
func (p *parser) doubleStarredKvpair() (kv, bool) {
	m := p.mark
	if p.expect(tDOUBLESTAR) != nil {
		p.noInvalidExpr = false
		if a := p.bitwiseOr(); a != nil {
			return kv{nil, a}, true
		}
		p.mark = m
	}
	return p.kvpair()
}

// kvpair: expression ':' expression.
func (p *parser) kvpair() (kv, bool) {
	m := p.mark
	if a := p.expression(); a != nil && p.expect(tCOLON) != nil {
		if b := p.expression(); b != nil {
			return kv{a, b}, true
		}
	}
	p.mark = m
	return kv{}, false
}

// forIfClauses: for_if_clause+ .
func (p *parser) forIfClauses() []*ast.Comprehension {
	var out []*ast.Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			return out
		}
		out = append(out, c)
	}
}

// forIfClause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* |
// invalid_for_target.
func (p *parser) forIfClause() *ast.Comprehension {
	m := p.mark
	async := p.expect(kAsync) != nil
	if p.expect(kFor) != nil {
		if a := p.starTargets(); a != nil && p.expect(kIn) != nil {
			b := p.disjunction()
			if b == nil {
				p.mark = m
				return nil // cut
			}
			ifs := []ast.ExprNode{}
			for {
				m2 := p.mark
				if p.expect(kIf) == nil {
					break
				}
				z := p.disjunction()
				if z == nil {
					p.mark = m2
					break
				}
				ifs = append(ifs, z)
			}
			c := &ast.Comprehension{Target: a, Iter: b, Ifs: ifs}
			if async {
				c.IsAsync = 1
			}
			return c
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidForTarget()
		p.mark = m
	}
	return nil
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension.
func (p *parser) listcomp() ast.ExprNode {
	m := p.mark
	if start := p.expect(tLSQB); start != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRSQB) != nil {
				return &ast.ListComp{Pos: p.pos(start), Elt: a, Generators: b}
			}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidComprehension()
		p.mark = m
	}
	return nil
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension.
func (p *parser) setcomp() ast.ExprNode {
	m := p.mark
	if start := p.expect(tLBRACE); start != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRBRACE) != nil {
				return &ast.SetComp{Pos: p.pos(start), Elt: a, Generators: b}
			}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidComprehension()
		p.mark = m
	}
	return nil
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' |
// invalid_comprehension.
func (p *parser) genexp() ast.ExprNode {
	m := p.mark
	if start := p.expect(tLPAR); start != nil {
		a := p.assignmentExpression()
		if a == nil {
			if a = p.expression(); a != nil && p.at(tCOLONEQUAL) {
				a = nil
			}
		}
		if a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRPAR) != nil {
				return &ast.GeneratorExp{Pos: p.pos(start), Elt: a, Generators: b}
			}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidComprehension()
		p.mark = m
	}
	return nil
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension.
func (p *parser) dictcomp() ast.ExprNode {
	m := p.mark
	if start := p.expect(tLBRACE); start != nil {
		if a, ok := p.kvpair(); ok {
			if b := p.forIfClauses(); b != nil && p.expect(tRBRACE) != nil {
				return &ast.DictComp{Pos: p.pos(start), Key: a.key, Value: a.value, Generators: b}
			}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidDictComprehension()
		p.mark = m
	}
	return nil
}

// arguments (memo): args [','] &')' | invalid_arguments. The result is a Call without
// its function.
func (p *parser) arguments() *ast.Call {
	if n, ok := p.memoized(rArguments); ok {
		c, _ := n.(*ast.Call)
		return c
	}
	m := p.mark
	var c *ast.Call
	if a := p.args(); a != nil {
		p.expect(tCOMMA)
		if p.at(tRPAR) {
			c = a
		}
	}
	if c == nil {
		p.mark = m
		if p.invalid {
			p.invalidArguments()
			p.mark = m
		}
	}
	p.memoize(m, rArguments, c)
	return c
}

// args: positional arguments (starred or not) then keyword arguments, or only the
// keyword arguments.
func (p *parser) args() *ast.Call {
	m := p.mark
	start := p.peek()
	var pos []ast.ExprNode
	for {
		m2 := p.mark
		if pos != nil && p.expect(tCOMMA) == nil {
			break
		}
		e := p.positionalArg()
		if e == nil {
			p.mark = m2
			break
		}
		pos = append(pos, e)
	}
	if pos != nil {
		m2 := p.mark
		var kw []kwOrStarred
		if p.expect(tCOMMA) != nil {
			if kw = p.kwargs(); kw == nil {
				p.mark = m2
			}
		}
		return p.collectCall(start, pos, kw)
	}
	p.mark = m
	if kw := p.kwargs(); kw != nil {
		return p.collectCall(start, nil, kw)
	}
	p.mark = m
	return nil
}

// positionalArg: starred_expression | (assignment_expression | expression !':=') !'='.
func (p *parser) positionalArg() ast.ExprNode {
	m := p.mark
	if e := p.starredExpression(); e != nil {
		return e
	}
	e := p.assignmentExpression()
	if e == nil {
		if e = p.expression(); e != nil && p.at(tCOLONEQUAL) {
			e = nil
		}
	}
	if e != nil && !p.at(tEQUAL) {
		return e
	}
	p.mark = m
	return nil
}

// kwOrStarred is an item of kwargs: a keyword or a starred expression.
type kwOrStarred struct {
	kw      *ast.Keyword
	starred ast.ExprNode
}

// collectCall builds the argument lists: starred items of kwargs join the positional
// arguments.
func (p *parser) collectCall(start *token, pos []ast.ExprNode, kw []kwOrStarred) *ast.Call {
	c := &ast.Call{Pos: p.pos(start), Args: pos, Keywords: []*ast.Keyword{}}
	for _, k := range kw {
		if k.starred != nil {
			c.Args = append(c.Args, k.starred)
		}
	}
	for _, k := range kw {
		if k.kw != nil {
			c.Keywords = append(c.Keywords, k.kw)
		}
	}
	if c.Args == nil {
		c.Args = []ast.ExprNode{}
	}
	return c
}

// kwargs: kwarg_or_starred items, then kwarg_or_double_starred items.
func (p *parser) kwargs() []kwOrStarred {
	var out []kwOrStarred
	double := false
	for {
		m := p.mark
		if out != nil && p.expect(tCOMMA) == nil {
			break
		}
		var it kwOrStarred
		var ok bool
		if !double {
			if it, ok = p.kwarg(false); !ok && out != nil {
				p.mark = m + 1
				if it, ok = p.kwarg(true); ok {
					double = true
				}
			} else if !ok {
				if it, ok = p.kwarg(true); ok {
					double = true
				}
			}
		} else {
			it, ok = p.kwarg(true)
		}
		if !ok {
			p.mark = m
			break
		}
		out = append(out, it)
	}
	return out
}

// kwarg: invalid_kwarg | NAME '=' expression | (double ? '**' expression :
// starred_expression).
func (p *parser) kwarg(double bool) (kwOrStarred, bool) {
	m := p.mark
	if p.invalid {
		p.invalidKwarg()
		p.mark = m
	}
	start := p.peek()
	if a := p.expect(tNAME); a != nil && p.expect(tEQUAL) != nil {
		if b := p.expression(); b != nil {
			return kwOrStarred{kw: &ast.Keyword{Pos: p.pos(start), Arg: p.ident(a), Value: b}}, true
		}
	}
	p.mark = m
	if double {
		if p.expect(tDOUBLESTAR) != nil {
			if a := p.expression(); a != nil {
				return kwOrStarred{kw: &ast.Keyword{Pos: p.pos(start), Value: a}}, true
			}
		}
	} else if a := p.starredExpression(); a != nil {
		return kwOrStarred{starred: a}, true
	}
	p.mark = m
	return kwOrStarred{}, false
}

// starredExpression: '*' expression.
func (p *parser) starredExpression() ast.ExprNode {
	m := p.mark
	if start := p.expect(tSTAR); start != nil {
		if a := p.expression(); a != nil {
			return &ast.Starred{Pos: p.pos(start), Value: a, Ctx: ast.Load}
		}
	}
	p.mark = m
	return nil
}
