package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// file: a module, its statements up to ENDMARKER.
func (p *parser) file() ast.ModNode {
	body := p.statements()
	if p.expect(tENDMARKER) == nil {
		return nil
	}
	if body == nil {
		body = []ast.StmtNode{}
	}
	return &ast.Module{Body: body, TypeIgnores: []*ast.TypeIgnore{}}
}

// interactive: one statement of the prompt.
func (p *parser) interactive() ast.ModNode {
	body := p.statementNewline()
	if body == nil {
		return nil
	}
	return &ast.Interactive{Body: body}
}

// eval: expressions, then newlines and the end.
func (p *parser) eval() ast.ModNode {
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.expect(tNEWLINE) != nil {
	}
	if p.expect(tENDMARKER) == nil {
		return nil
	}
	return &ast.Expression{Body: e}
}

// funcType: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER.
func (p *parser) funcType() ast.ModNode {
	if p.expect(tLPAR) == nil {
		return nil
	}
	args := p.typeExpressions()
	if p.expect(tRPAR) == nil || p.expect(tRARROW) == nil {
		return nil
	}
	ret := p.expression()
	if ret == nil {
		return nil
	}
	for p.expect(tNEWLINE) != nil {
	}
	if p.expect(tENDMARKER) == nil {
		return nil
	}
	if args == nil {
		args = []ast.ExprNode{}
	}
	return &ast.FunctionType{Argtypes: args, Returns: ret}
}

// typeExpressions: the argument types of a function type comment (*a and **k allowed).
func (p *parser) typeExpressions() []ast.ExprNode {
	var out []ast.ExprNode
	for {
		m := p.mark
		if p.expect(tSTAR) != nil || p.expect(tDOUBLESTAR) != nil {
			e := p.expression()
			if e == nil {
				p.mark = m
				return out
			}
			out = append(out, e)
		} else {
			e := p.expression()
			if e == nil {
				p.mark = m
				return out
			}
			out = append(out, e)
		}
		m = p.mark
		if p.expect(tCOMMA) == nil {
			return out
		}
		if t := p.peek(); t.kind == tRPAR {
			p.mark = m
			return out
		}
	}
}

// statements: statement+, flattened.
func (p *parser) statements() []ast.StmtNode {
	var out []ast.StmtNode
	for {
		s := p.statement()
		if s == nil {
			return out
		}
		out = append(out, s...)
	}
}

// statement: a compound statement or a line of simple statements.
func (p *parser) statement() []ast.StmtNode {
	if s := p.compoundStmt(); s != nil {
		return []ast.StmtNode{s}
	}
	return p.simpleStmts()
}

// statementNewline: the statement of interactive input.
func (p *parser) statementNewline() []ast.StmtNode {
	m := p.mark
	if s := p.compoundStmt(); s != nil {
		if p.expect(tNEWLINE) != nil {
			return []ast.StmtNode{s}
		}
	}
	p.mark = m
	if s := p.simpleStmts(); s != nil {
		return s
	}
	p.mark = m
	if t := p.expect(tNEWLINE); t != nil {
		return []ast.StmtNode{&ast.Pass{Pos: p.pos(t)}}
	}
	if p.expect(tENDMARKER) != nil {
		// _PyPegen_interactive_exit: nothing to run
		p.s.state = sEOF
		return nil
	}
	return nil
}

// simpleStmts: simple statements separated by ';' up to NEWLINE.
func (p *parser) simpleStmts() []ast.StmtNode {
	m := p.mark
	s := p.simpleStmt()
	if s == nil {
		return nil
	}
	out := []ast.StmtNode{s}
	for {
		m2 := p.mark
		if p.expect(tSEMI) == nil {
			break
		}
		s := p.simpleStmt()
		if s == nil {
			p.mark = m2
			p.expect(tSEMI)
			break
		}
		out = append(out, s)
	}
	if p.expect(tNEWLINE) == nil {
		p.mark = m
		return nil
	}
	return out
}

// simpleStmt (memo): one simple statement.
func (p *parser) simpleStmt() ast.StmtNode {
	if n, ok := p.memoized(rSimpleStmt); ok {
		s, _ := n.(ast.StmtNode)
		return s
	}
	m := p.mark
	s := p.simpleStmtRaw()
	if s == nil {
		p.mark = m
		p.memoize(m, rSimpleStmt, nil)
		return nil
	}
	p.memoize(m, rSimpleStmt, s)
	return s
}

func (p *parser) simpleStmtRaw() ast.StmtNode {
	m := p.mark
	start := p.peek()
	switch start.kind {
	case kReturn:
		return p.returnStmt()
	case kImport, kFrom:
		return p.importStmt()
	case kRaise:
		return p.raiseStmt()
	case kPass:
		p.mark++
		return &ast.Pass{Pos: p.pos(start)}
	case kDel:
		return p.delStmt()
	case kAssert:
		return p.assertStmt()
	case kBreak:
		p.mark++
		return &ast.Break{Pos: p.pos(start)}
	case kContinue:
		p.mark++
		return &ast.Continue{Pos: p.pos(start)}
	case kGlobal, kNonlocal:
		return p.globalStmt()
	}
	if s := p.assignment(); s != nil {
		return s
	}
	p.mark = m
	if e := p.starExpressions(); e != nil {
		return &ast.Expr{Pos: p.pos(start), Value: e}
	}
	p.mark = m
	if start.kind == kYield {
		if y := p.yieldExpr(); y != nil {
			return &ast.Expr{Pos: p.pos(start), Value: y}
		}
	}
	p.mark = m
	return nil
}

// assignment: annotated, plain and augmented assignments.
func (p *parser) assignment() ast.StmtNode {
	m := p.mark
	start := p.peek()
	// NAME ':' expression ['=' annotated_rhs]
	if a := p.expect(tNAME); a != nil && p.expect(tCOLON) != nil {
		if b := p.expression(); b != nil {
			c := p.optAnnotatedValue()
			return &ast.AnnAssign{Pos: p.pos(start), Target: p.name(a, ast.Store), Annotation: b, Value: c, Simple: 1}
		}
	}
	p.mark = m
	// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
	var target ast.ExprNode
	if p.expect(tLPAR) != nil {
		if t := p.singleTarget(); t != nil && p.expect(tRPAR) != nil {
			target = t
		}
	}
	if target == nil {
		p.mark = m
		target = p.singleSubscriptAttributeTarget()
	}
	if target != nil && p.expect(tCOLON) != nil {
		if b := p.expression(); b != nil {
			c := p.optAnnotatedValue()
			return &ast.AnnAssign{Pos: p.pos(start), Target: target, Annotation: b, Value: c, Simple: 0}
		}
	}
	p.mark = m
	// (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
	var targets []ast.ExprNode
	for {
		m2 := p.mark
		t := p.starTargets()
		if t == nil || p.expect(tEQUAL) == nil {
			p.mark = m2
			break
		}
		targets = append(targets, t)
	}
	if targets != nil {
		if v := p.annotatedRHS(); v != nil && !p.at(tEQUAL) {
			return &ast.Assign{Pos: p.pos(start), Targets: targets, Value: v}
		}
	}
	p.mark = m
	// single_target augassign ~ (yield_expr | star_expressions)
	if t := p.singleTarget(); t != nil {
		if op, ok := p.augassign(); ok {
			v := p.annotatedRHS()
			if v == nil {
				p.mark = m
				return nil // cut
			}
			return &ast.AugAssign{Pos: p.pos(start), Target: t, Op: op, Value: v}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidAssignment()
		p.mark = m
	}
	return nil
}

// optAnnotatedValue: ['=' annotated_rhs].
func (p *parser) optAnnotatedValue() ast.ExprNode {
	m := p.mark
	if p.expect(tEQUAL) != nil {
		if v := p.annotatedRHS(); v != nil {
			return v
		}
	}
	p.mark = m
	return nil
}

// annotatedRHS: yield_expr | star_expressions.
func (p *parser) annotatedRHS() ast.ExprNode {
	if p.at(kYield) {
		if y := p.yieldExpr(); y != nil {
			return y
		}
	}
	return p.starExpressions()
}

var augOps = map[tokKind]ast.Operator{
	tPLUSEQUAL: ast.Add, tMINEQUAL: ast.Sub, tSTAREQUAL: ast.Mult, tATEQUAL: ast.MatMult,
	tSLASHEQUAL: ast.Div, tPERCENTEQUAL: ast.Mod, tAMPEREQUAL: ast.BitAnd, tVBAREQUAL: ast.BitOr,
	tCIRCUMFLEXEQUAL: ast.BitXor, tLEFTSHIFTEQUAL: ast.LShift, tRIGHTSHIFTEQUAL: ast.RShift,
	tDOUBLESTAREQUAL: ast.Pow, tDOUBLESLASHEQUAL: ast.FloorDiv,
}

// augassign: one of the augmented assignment operators.
func (p *parser) augassign() (ast.Operator, bool) {
	op, ok := augOps[p.peek().kind]
	if ok {
		p.mark++
	}
	return op, ok
}

// returnStmt: 'return' [star_expressions].
func (p *parser) returnStmt() ast.StmtNode {
	start := p.expect(kReturn)
	if start == nil {
		return nil
	}
	v := p.starExpressions()
	return &ast.Return{Pos: p.pos(start), Value: v}
}

// raiseStmt: 'raise' expression ['from' expression] | 'raise'.
func (p *parser) raiseStmt() ast.StmtNode {
	m := p.mark
	start := p.expect(kRaise)
	if start == nil {
		return nil
	}
	if a := p.expression(); a != nil {
		m2 := p.mark
		var b ast.ExprNode
		if p.expect(kFrom) != nil {
			if b = p.expression(); b == nil {
				p.mark = m2
			}
		}
		return &ast.Raise{Pos: p.pos(start), Exc: a, Cause: b}
	}
	p.mark = m + 1
	return &ast.Raise{Pos: p.pos(start)}
}

// globalStmt: 'global' or 'nonlocal' with ','.NAME+.
func (p *parser) globalStmt() ast.StmtNode {
	m := p.mark
	start := p.next()
	var names []string
	for {
		n := p.expect(tNAME)
		if n == nil {
			break
		}
		names = append(names, p.ident(n))
		m2 := p.mark
		if p.expect(tCOMMA) == nil {
			break
		}
		if !p.at(tNAME) {
			p.mark = m2
			break
		}
	}
	if names == nil {
		p.mark = m
		return nil
	}
	if start.kind == kGlobal {
		return &ast.Global{Pos: p.pos(start), Names: names}
	}
	return &ast.Nonlocal{Pos: p.pos(start), Names: names}
}

// delStmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt.
func (p *parser) delStmt() ast.StmtNode {
	m := p.mark
	start := p.expect(kDel)
	if start == nil {
		return nil
	}
	if a := p.delTargets(); a != nil {
		if t := p.peek(); t.kind == tSEMI || t.kind == tNEWLINE {
			return &ast.Delete{Pos: p.pos(start), Targets: a}
		}
	}
	p.mark = m
	if p.invalid {
		p.invalidDelStmt()
		p.mark = m
	}
	return nil
}

// assertStmt: 'assert' expression [',' expression].
func (p *parser) assertStmt() ast.StmtNode {
	m := p.mark
	start := p.expect(kAssert)
	a := p.expression()
	if a == nil {
		p.mark = m
		return nil
	}
	m2 := p.mark
	var b ast.ExprNode
	if p.expect(tCOMMA) != nil {
		if b = p.expression(); b == nil {
			p.mark = m2
		}
	}
	return &ast.Assert{Pos: p.pos(start), Test: a, Msg: b}
}

// importStmt: import_name | import_from.
func (p *parser) importStmt() ast.StmtNode {
	m := p.mark
	start := p.peek()
	if p.expect(kImport) != nil {
		if names := p.dottedAsNames(); names != nil {
			return &ast.Import{Pos: p.pos(start), Names: names}
		}
		p.mark = m
		return nil
	}
	if p.expect(kFrom) == nil {
		return nil
	}
	level := 0
	for {
		if p.expect(tDOT) != nil {
			level++
		} else if p.expect(tELLIPSIS) != nil {
			level += 3
		} else {
			break
		}
	}
	m2 := p.mark
	if mod, ok := p.dottedName(); ok {
		if p.expect(kImport) != nil {
			if names := p.importFromTargets(); names != nil {
				return &ast.ImportFrom{Pos: p.pos(start), Module: mod, Names: names, Level: level}
			}
		}
	}
	p.mark = m2
	if level > 0 && p.expect(kImport) != nil {
		if names := p.importFromTargets(); names != nil {
			return &ast.ImportFrom{Pos: p.pos(start), Names: names, Level: level}
		}
	}
	p.mark = m
	return nil
}

// importFromTargets: the names after 'from ... import'.
func (p *parser) importFromTargets() []*ast.Alias {
	m := p.mark
	if p.expect(tLPAR) != nil {
		if names := p.importFromAsNames(); names != nil {
			p.expect(tCOMMA)
			if p.expect(tRPAR) != nil {
				return names
			}
		}
	}
	p.mark = m
	if names := p.importFromAsNames(); names != nil && !p.at(tCOMMA) {
		return names
	}
	p.mark = m
	if t := p.expect(tSTAR); t != nil {
		return []*ast.Alias{{Pos: p.pos(t), Name: "*"}}
	}
	if p.invalid {
		p.invalidImportFromTargets()
		p.mark = m
	}
	return nil
}

// importFromAsNames: ','.import_from_as_name+ .
func (p *parser) importFromAsNames() []*ast.Alias {
	return p.aliases(func() (string, bool) {
		if n := p.expect(tNAME); n != nil {
			return p.ident(n), true
		}
		return "", false
	})
}

// dottedAsNames: ','.dotted_as_name+ .
func (p *parser) dottedAsNames() []*ast.Alias {
	return p.aliases(p.dottedName)
}

// aliases is ','.(name ['as' NAME])+ for the names that name reads.
func (p *parser) aliases(name func() (string, bool)) []*ast.Alias {
	var out []*ast.Alias
	for {
		m := p.mark
		start := p.peek()
		n, ok := name()
		if !ok {
			p.mark = m
			break
		}
		alias := &ast.Alias{Name: n}
		m2 := p.mark
		if p.expect(kAs) != nil {
			if b := p.expect(tNAME); b != nil {
				alias.Asname = p.ident(b)
			} else {
				p.mark = m2
			}
		}
		alias.Pos = p.pos(start)
		out = append(out, alias)
		m = p.mark
		if p.expect(tCOMMA) == nil || !p.at(tNAME) {
			p.mark = m
			break
		}
	}
	return out
}

// dottedName: NAME ('.' NAME)*, as one string.
func (p *parser) dottedName() (string, bool) {
	a := p.expect(tNAME)
	if a == nil {
		return "", false
	}
	name := p.ident(a)
	for {
		m := p.mark
		if p.expect(tDOT) == nil {
			break
		}
		b := p.expect(tNAME)
		if b == nil {
			p.mark = m
			break
		}
		name += "." + p.ident(b)
	}
	return name, true
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block.
func (p *parser) block() []ast.StmtNode {
	if n, ok := p.memoized(rBlock); ok {
		b, _ := n.([]ast.StmtNode)
		return b
	}
	m := p.mark
	b := p.blockRaw()
	if b == nil {
		p.mark = m
	}
	p.memoize(m, rBlock, b)
	return b
}

func (p *parser) blockRaw() []ast.StmtNode {
	m := p.mark
	if p.expect(tNEWLINE) != nil && p.expect(tINDENT) != nil {
		if a := p.statements(); a != nil && p.expect(tDEDENT) != nil {
			return a
		}
	}
	p.mark = m
	if a := p.simpleStmts(); a != nil {
		return a
	}
	p.mark = m
	if p.invalid {
		p.invalidBlock()
		p.mark = m
	}
	return nil
}

// decorators: ('@' named_expression NEWLINE)+ .
func (p *parser) decorators() []ast.ExprNode {
	var out []ast.ExprNode
	for {
		m := p.mark
		if p.expect(tAT) == nil {
			break
		}
		f := p.namedExpression()
		if f == nil || p.expect(tNEWLINE) == nil {
			p.mark = m
			break
		}
		out = append(out, f)
	}
	return out
}
