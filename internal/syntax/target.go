package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// starTargets: star_target !',' | star_target (',' star_target)* [','] (a Tuple).
func (p *parser) starTargets() ast.ExprNode {
	start := p.peek()
	a := p.starTarget()
	if a == nil {
		return nil
	}
	if !p.at(tCOMMA) {
		return a
	}
	elts := []ast.ExprNode{a}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		c := p.starTarget()
		if c == nil {
			p.mark = m
			break
		}
		elts = append(elts, c)
	}
	p.expect(tCOMMA)
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Store}
}

// starTargetsSeq: ','.star_target+ [','] (list) or, with tuple, star_target
// (',' star_target)+ [','] | star_target ','.
func (p *parser) starTargetsSeq(tuple bool) []ast.ExprNode {
	m := p.mark
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := []ast.ExprNode{a}
	for {
		m2 := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		c := p.starTarget()
		if c == nil {
			p.mark = m2
			break
		}
		elts = append(elts, c)
	}
	comma := p.expect(tCOMMA) != nil
	if tuple && len(elts) == 1 && !comma {
		p.mark = m
		return nil
	}
	return elts
}

// starTarget (memo): '*' (!'*' star_target) | target_with_star_atom.
func (p *parser) starTarget() ast.ExprNode {
	if n, ok := p.memoized(rStarTarget); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	var e ast.ExprNode
	if start := p.expect(tSTAR); start != nil {
		if !p.at(tSTAR) {
			p.enter()
			a := p.starTarget()
			p.leave()
			if a != nil {
				e = &ast.Starred{Pos: p.pos(start), Value: setContext(a, ast.Store), Ctx: ast.Store}
			}
		}
		if e == nil {
			p.mark = m
		}
	} else {
		e = p.targetWithStarAtom()
	}
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rStarTarget, e)
	return e
}

// targetWithStarAtom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']'
// !t_lookahead | star_atom.
func (p *parser) targetWithStarAtom() ast.ExprNode {
	if n, ok := p.memoized(rTargetWithStarAtom); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	e := p.subscriptAttributeTarget(ast.Store)
	if e == nil {
		p.mark = m
		e = p.starAtom()
	}
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rTargetWithStarAtom, e)
	return e
}

// subscriptAttributeTarget: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']'
// !t_lookahead, with context ctx.
func (p *parser) subscriptAttributeTarget(ctx ast.ExprContext) ast.ExprNode {
	m := p.mark
	start := p.peek()
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	m2 := p.mark
	if p.expect(tDOT) != nil {
		if b := p.expect(tNAME); b != nil && !p.tLookahead() {
			return &ast.Attribute{Pos: p.pos(start), Value: a, Attr: p.ident(b), Ctx: ctx}
		}
	}
	p.mark = m2
	if p.expect(tLSQB) != nil {
		if b := p.slices(); b != nil && p.expect(tRSQB) != nil && !p.tLookahead() {
			return &ast.Subscript{Pos: p.pos(start), Value: a, Slice: b, Ctx: ctx}
		}
	}
	p.mark = m
	return nil
}

// singleSubscriptAttributeTarget is subscriptAttributeTarget with Store.
func (p *parser) singleSubscriptAttributeTarget() ast.ExprNode {
	return p.subscriptAttributeTarget(ast.Store)
}

// starAtom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' |
// '[' [star_targets_list_seq] ']'.
func (p *parser) starAtom() ast.ExprNode {
	m := p.mark
	start := p.peek()
	switch start.kind {
	case tNAME:
		p.mark++
		return p.name(start, ast.Store)
	case tLPAR:
		p.mark++
		if a := p.targetWithStarAtom(); a != nil && p.expect(tRPAR) != nil {
			return setContext(a, ast.Store)
		}
		p.mark = m + 1
		elts := p.starTargetsSeq(true)
		if p.expect(tRPAR) != nil {
			if elts == nil {
				elts = []ast.ExprNode{}
			}
			return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Store}
		}
	case tLSQB:
		p.mark++
		elts := p.starTargetsSeq(false)
		if p.expect(tRSQB) != nil {
			if elts == nil {
				elts = []ast.ExprNode{}
			}
			return &ast.List{Pos: p.pos(start), Elts: elts, Ctx: ast.Store}
		}
	}
	p.mark = m
	return nil
}

// singleTarget: single_subscript_attribute_target | NAME | '(' single_target ')'.
func (p *parser) singleTarget() ast.ExprNode {
	m := p.mark
	if e := p.singleSubscriptAttributeTarget(); e != nil {
		return e
	}
	p.mark = m
	if t := p.expect(tNAME); t != nil {
		return p.name(t, ast.Store)
	}
	if p.expect(tLPAR) != nil {
		if a := p.singleTarget(); a != nil && p.expect(tRPAR) != nil {
			return a
		}
	}
	p.mark = m
	return nil
}

// tLookahead: '(' | '[' | '.'.
func (p *parser) tLookahead() bool {
	k := p.peek().kind
	return k == tLPAR || k == tLSQB || k == tDOT
}

// tPrimary (memo): a primary that is followed by '(' , '[' or '.': the object part of an
// assignment target.
func (p *parser) tPrimary() ast.ExprNode {
	if n, ok := p.memoized(rTPrimary); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	p.enter()
	e := p.tPrimaryRaw()
	p.leave()
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rTPrimary, e)
	return e
}

func (p *parser) tPrimaryRaw() ast.ExprNode {
	start := p.peek()
	a := p.atom()
	if a == nil || !p.tLookahead() {
		return nil
	}
	for {
		m := p.mark
		e := p.trailer(start, a, ast.Load)
		if e == nil || !p.tLookahead() {
			p.mark = m
			return a
		}
		a = e
	}
}

// delTargets: ','.del_target+ [','].
func (p *parser) delTargets() []ast.ExprNode {
	a := p.delTarget()
	if a == nil {
		return nil
	}
	out := []ast.ExprNode{a}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		c := p.delTarget()
		if c == nil {
			p.mark = m
			break
		}
		out = append(out, c)
	}
	p.expect(tCOMMA)
	return out
}

// delTarget (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']'
// !t_lookahead | del_t_atom.
func (p *parser) delTarget() ast.ExprNode {
	if n, ok := p.memoized(rDelTarget); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	e := p.subscriptAttributeTarget(ast.Del)
	if e == nil {
		p.mark = m
		p.enter()
		e = p.delTAtom()
		p.leave()
	}
	if e == nil {
		p.mark = m
	}
	p.memoize(m, rDelTarget, e)
	return e
}

// delTAtom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'.
func (p *parser) delTAtom() ast.ExprNode {
	m := p.mark
	start := p.peek()
	switch start.kind {
	case tNAME:
		p.mark++
		return p.name(start, ast.Del)
	case tLPAR:
		p.mark++
		if a := p.delTarget(); a != nil && p.expect(tRPAR) != nil {
			return setContext(a, ast.Del)
		}
		p.mark = m + 1
		elts := p.delTargets()
		if p.expect(tRPAR) != nil {
			if elts == nil {
				elts = []ast.ExprNode{}
			}
			return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Del}
		}
	case tLSQB:
		p.mark++
		elts := p.delTargets()
		if p.expect(tRSQB) != nil {
			if elts == nil {
				elts = []ast.ExprNode{}
			}
			return &ast.List{Pos: p.pos(start), Elts: elts, Ctx: ast.Del}
		}
	}
	p.mark = m
	return nil
}
