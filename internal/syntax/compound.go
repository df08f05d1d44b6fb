package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// compoundStmt: the statements with a block.
func (p *parser) compoundStmt() ast.StmtNode {
	t := p.peek()
	switch t.kind {
	case kDef, tAT, kAsync:
		if s := p.functionDef(); s != nil {
			return s
		}
	}
	switch t.kind {
	case kIf:
		return p.ifStmt()
	case kClass, tAT:
		if s := p.classDef(); s != nil {
			return s
		}
	}
	switch t.kind {
	case kWith, kAsync:
		if s := p.withStmt(); s != nil {
			return s
		}
	}
	switch t.kind {
	case kFor, kAsync:
		if s := p.forStmt(); s != nil {
			return s
		}
	case kTry:
		return p.tryStmt()
	case kWhile:
		return p.whileStmt()
	}
	return p.matchStmt()
}

// classDef: decorators class_def_raw | class_def_raw.
func (p *parser) classDef() ast.StmtNode {
	m := p.mark
	if d := p.decorators(); d != nil {
		if c := p.classDefRaw(); c != nil {
			c.DecoratorList = d
			return c
		}
	}
	p.mark = m
	if c := p.classDefRaw(); c != nil {
		return c
	}
	return nil
}

func (p *parser) classDefRaw() *ast.ClassDef {
	m := p.mark
	if p.invalid {
		p.invalidClassDefRaw()
		p.mark = m
	}
	start := p.expect(kClass)
	if start == nil {
		return nil
	}
	if a := p.expect(tNAME); a != nil {
		var call *ast.Call
		ok := true
		m2 := p.mark
		if p.expect(tLPAR) != nil {
			call = p.arguments()
			if p.expect(tRPAR) == nil {
				p.mark = m2
				call = nil
			}
		}
		if ok && p.expect(tCOLON) != nil {
			if c := p.block(); c != nil {
				cd := &ast.ClassDef{Name: p.ident(a), Bases: []ast.ExprNode{}, Keywords: []*ast.Keyword{}, Body: c, DecoratorList: []ast.ExprNode{}}
				if call != nil {
					cd.Bases, cd.Keywords = call.Args, call.Keywords
				}
				cd.Pos = p.pos(start)
				return cd
			}
		}
	}
	p.mark = m
	return nil
}

// functionDef: decorators function_def_raw | function_def_raw.
func (p *parser) functionDef() ast.StmtNode {
	m := p.mark
	if d := p.decorators(); d != nil {
		if f := p.functionDefRaw(); f != nil {
			switch f := f.(type) {
			case *ast.FunctionDef:
				f.DecoratorList = d
			case *ast.AsyncFunctionDef:
				f.DecoratorList = d
			}
			return f
		}
	}
	p.mark = m
	return p.functionDefRaw()
}

func (p *parser) functionDefRaw() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidDefRaw()
		p.mark = m
	}
	start := p.peek()
	async := p.expect(kAsync) != nil
	if p.expect(kDef) == nil {
		p.mark = m
		return nil
	}
	n := p.expect(tNAME)
	if n == nil {
		p.mark = m
		return nil
	}
	p.expectForced(tLPAR, "(")
	params := p.params()
	if p.expect(tRPAR) == nil {
		p.mark = m
		return nil
	}
	var returns ast.ExprNode
	m2 := p.mark
	if p.expect(tRARROW) != nil {
		if returns = p.expression(); returns == nil {
			p.mark = m2
		}
	}
	p.expectForced(tCOLON, ":")
	b := p.block()
	if b == nil {
		p.mark = m
		return nil
	}
	if params == nil {
		params = emptyArguments()
	}
	name := p.ident(n)
	if async {
		return &ast.AsyncFunctionDef{Pos: p.pos(start), Name: name, Args: params, Body: b, DecoratorList: []ast.ExprNode{}, Returns: returns}
	}
	return &ast.FunctionDef{Pos: p.pos(start), Name: name, Args: params, Body: b, DecoratorList: []ast.ExprNode{}, Returns: returns}
}

func emptyArguments() *ast.Arguments {
	return &ast.Arguments{Posonlyargs: []*ast.Arg{}, Args: []*ast.Arg{}, Kwonlyargs: []*ast.Arg{},
		KwDefaults: []ast.ExprNode{}, Defaults: []ast.ExprNode{}}
}

// ifStmt: 'if' named_expression ':' block (elif_stmt | [else_block]).
func (p *parser) ifStmt() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidIfStmt()
		p.mark = m
	}
	return p.ifOrElif(kIf)
}

// ifOrElif is the body of if_stmt and elif_stmt, which differ by their keyword.
func (p *parser) ifOrElif(kw tokKind) ast.StmtNode {
	m := p.mark
	start := p.expect(kw)
	if start == nil {
		return nil
	}
	a := p.namedExpression()
	if a == nil || p.expect(tCOLON) == nil {
		p.mark = m
		return nil
	}
	b := p.block()
	if b == nil {
		p.mark = m
		return nil
	}
	if c := p.elifStmt(); c != nil {
		return &ast.If{Pos: p.pos(start), Test: a, Body: b, Orelse: []ast.StmtNode{c}}
	}
	c := p.elseBlock()
	if c == nil {
		c = []ast.StmtNode{}
	}
	return &ast.If{Pos: p.pos(start), Test: a, Body: b, Orelse: c}
}

func (p *parser) elifStmt() ast.StmtNode {
	if !p.at(kElif) {
		return nil
	}
	m := p.mark
	if p.invalid {
		p.invalidElifStmt()
		p.mark = m
	}
	return p.ifOrElif(kElif)
}

// elseBlock: 'else' &&':' block.
func (p *parser) elseBlock() []ast.StmtNode {
	return p.keywordBlock(kElse, p.invalidElseStmt)
}

// keywordBlock is the shape of else_block and finally_block: the keyword kw, a forced
// ':' and a block, after the rule's invalid_ form.
func (p *parser) keywordBlock(kw tokKind, invalid func()) []ast.StmtNode {
	if !p.at(kw) {
		return nil
	}
	m := p.mark
	if p.invalid {
		invalid()
		p.mark = m
	}
	p.mark++
	p.expectForced(tCOLON, ":")
	if b := p.block(); b != nil {
		return b
	}
	p.mark = m
	return nil
}

// whileStmt: 'while' named_expression ':' block [else_block].
func (p *parser) whileStmt() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidWhileStmt()
		p.mark = m
	}
	start := p.expect(kWhile)
	if start == nil {
		return nil
	}
	if a := p.namedExpression(); a != nil && p.expect(tCOLON) != nil {
		if b := p.block(); b != nil {
			c := p.elseBlock()
			if c == nil {
				c = []ast.StmtNode{}
			}
			return &ast.While{Pos: p.pos(start), Test: a, Body: b, Orelse: c}
		}
	}
	p.mark = m
	return nil
}

// forStmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block].
func (p *parser) forStmt() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidForStmt()
		p.mark = m
	}
	start := p.peek()
	async := p.expect(kAsync) != nil
	if p.expect(kFor) != nil {
		if t := p.starTargets(); t != nil && p.expect(kIn) != nil {
			// cut: no other alternative is tried
			ex := p.starExpressions()
			if ex == nil || p.expect(tCOLON) == nil {
				p.mark = m
				return nil
			}
			b := p.block()
			if b == nil {
				p.mark = m
				return nil
			}
			el := p.elseBlock()
			if el == nil {
				el = []ast.StmtNode{}
			}
			if async {
				return &ast.AsyncFor{Pos: p.pos(start), Target: t, Iter: ex, Body: b, Orelse: el}
			}
			return &ast.For{Pos: p.pos(start), Target: t, Iter: ex, Body: b, Orelse: el}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidForTarget()
		p.mark = m
	}
	return nil
}

// withStmt: ['async'] 'with' (parenthesized items | items) ':' block.
func (p *parser) withStmt() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidWithStmtIndent()
		p.mark = m
	}
	start := p.peek()
	async := p.expect(kAsync) != nil
	if p.expect(kWith) == nil {
		p.mark = m
		return nil
	}
	m2 := p.mark
	if p.expect(tLPAR) != nil {
		if items := p.withItems(); items != nil {
			p.expect(tCOMMA)
			if p.expect(tRPAR) != nil && p.expect(tCOLON) != nil {
				if b := p.block(); b != nil {
					return p.makeWith(async, start, items, b)
				}
			}
		}
	}
	p.mark = m2
	if items := p.withItems(); items != nil && p.expect(tCOLON) != nil {
		if b := p.block(); b != nil {
			return p.makeWith(async, start, items, b)
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidWithStmt()
		p.mark = m
	}
	return nil
}

func (p *parser) makeWith(async bool, start *token, items []*ast.WithItem, b []ast.StmtNode) ast.StmtNode {
	if async {
		return &ast.AsyncWith{Pos: p.pos(start), Items: items, Body: b}
	}
	return &ast.With{Pos: p.pos(start), Items: items, Body: b}
}

// withItems: ','.with_item+ .
func (p *parser) withItems() []*ast.WithItem {
	first := p.withItem()
	if first == nil {
		return nil
	}
	out := []*ast.WithItem{first}
	for {
		m := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		it := p.withItem()
		if it == nil {
			p.mark = m
			break
		}
		out = append(out, it)
	}
	return out
}

// withItem: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression.
func (p *parser) withItem() *ast.WithItem {
	m := p.mark
	if e := p.expression(); e != nil {
		if p.expect(kAs) != nil {
			if t := p.starTarget(); t != nil {
				if k := p.peek().kind; k == tCOMMA || k == tRPAR || k == tCOLON {
					return &ast.WithItem{ContextExpr: e, OptionalVars: t}
				}
			}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidWithItem()
		p.mark = m
	}
	if e := p.expression(); e != nil {
		return &ast.WithItem{ContextExpr: e}
	}
	p.mark = m
	return nil
}

// tryStmt: 'try' &&':' block, then finally, or except blocks, or except* blocks.
func (p *parser) tryStmt() ast.StmtNode {
	m := p.mark
	if p.invalid {
		p.invalidTryStmt()
		p.mark = m
	}
	start := p.expect(kTry)
	if start == nil {
		return nil
	}
	p.expectForced(tCOLON, ":")
	b := p.block()
	if b == nil {
		p.mark = m
		return nil
	}
	m2 := p.mark
	if f := p.finallyBlock(); f != nil {
		return &ast.Try{Pos: p.pos(start), Body: b, Handlers: []*ast.ExceptHandler{}, Orelse: []ast.StmtNode{}, Finalbody: f}
	}
	p.mark = m2
	for _, star := range []bool{false, true} {
		var ex []*ast.ExceptHandler
		for {
			h := p.exceptBlock(star)
			if h == nil {
				break
			}
			ex = append(ex, h)
		}
		if ex == nil {
			p.mark = m2
			continue
		}
		el := p.elseBlock()
		if el == nil {
			el = []ast.StmtNode{}
		}
		f := p.finallyBlock()
		if f == nil {
			f = []ast.StmtNode{}
		}
		if star {
			return &ast.TryStar{Pos: p.pos(start), Body: b, Handlers: ex, Orelse: el, Finalbody: f}
		}
		return &ast.Try{Pos: p.pos(start), Body: b, Handlers: ex, Orelse: el, Finalbody: f}
	}
	p.mark = m
	return nil
}

// exceptBlock: an except (or, with star, except*) clause.
func (p *parser) exceptBlock(star bool) *ast.ExceptHandler {
	if !p.at(kExcept) {
		return nil
	}
	m := p.mark
	if p.invalid {
		if star {
			p.invalidExceptStarStmtIndent()
		} else {
			p.invalidExceptStmtIndent()
		}
		p.mark = m
	}
	start := p.next()
	if !star || p.expect(tSTAR) != nil {
		if e := p.expression(); e != nil {
			name := ""
			m2 := p.mark
			if p.expect(kAs) != nil {
				if n := p.expect(tNAME); n != nil {
					name = p.ident(n)
				} else {
					p.mark = m2
				}
			}
			if p.expect(tCOLON) != nil {
				if b := p.block(); b != nil {
					return &ast.ExceptHandler{Pos: p.pos(start), Type: e, Name: name, Body: b}
				}
			}
		}
	}
	p.mark = m + 1
	if !star && p.expect(tCOLON) != nil {
		if b := p.block(); b != nil {
			return &ast.ExceptHandler{Pos: p.pos(start), Body: b}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidExceptStmt()
		p.mark = m
	}
	return nil
}

// finallyBlock: 'finally' &&':' block.
func (p *parser) finallyBlock() []ast.StmtNode {
	return p.keywordBlock(kFinally, p.invalidFinallyStmt)
}
