package compiler

import (
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// A continue inside a finally clause cannot use CONTINUE_LOOP: the VM jumps to the loop
// start without dropping what the finally clause keeps on the stack. Such a loop body is
// wrapped in two pseudo-loops (SETUP_LOOP blocks), which BREAK_LOOP unwinds properly:
//
//	start:  FOR_ITER cleanup / test      <- the loop proper
//	        SETUP_LOOP brk               <- B
//	        SETUP_LOOP cont              <- C
//	        body                         continue: BREAK_LOOP (leaves C)
//	        POP_BLOCK                    break: CONTINUE_LOOP x (C stays, stack untouched)
//	cont:   POP_BLOCK
//	        JUMP_ABSOLUTE start
//	x:      POP_BLOCK                    drop C
//	        BREAK_LOOP                   leave B, dropping the stack down to B's level
//	brk:    BREAK_LOOP                   leave the loop proper, skipping its else clause

// loopBody compiles the body of a loop. continue goes to start; next emits the code that
// begins the next iteration; exit, when next can fall through, is where it must go then.
// plain is the block entry of a loop without SETUP_LOOP (see loopNeedsBlock), nil else.
func (u *unit) loopBody(body []ast.StmtNode, start *label, next func(), exit *label, plain *block) {
	if plain != nil {
		b := *plain
		b.start = start
		u.blocks = append(u.blocks, b)
		u.stmts(body)
		u.popBlock()
		next()
		return
	}
	if !continueInFinally(body, false) {
		u.blocks = append(u.blocks, block{kind: blockLoop, start: start})
		u.stmts(body)
		u.popBlock()
		next()
		return
	}
	brk, cont, x := newLabel(), newLabel(), newLabel()
	u.jump(vm.SETUP_LOOP, brk)
	u.jump(vm.SETUP_LOOP, cont)
	u.blocks = append(u.blocks, block{kind: blockLoop, start: start, wrapped: true, breakTo: x})
	u.stmts(body)
	u.popBlock()
	u.emit(vm.POP_BLOCK)
	u.bind(cont)
	u.emit(vm.POP_BLOCK)
	next()
	if exit != nil {
		u.jump(vm.JUMP_FORWARD, exit)
	}
	u.bind(x)
	u.emit(vm.POP_BLOCK)
	u.emit(vm.BREAK_LOOP)
	u.bind(brk)
	u.emit(vm.BREAK_LOOP)
}

// continueInFinally reports whether a continue of this loop appears in a finally clause.
func continueInFinally(body []ast.StmtNode, inFinally bool) bool {
	found := false
	walkLoopBody(body, inFinally, func(s ast.StmtNode, inFinally bool) {
		if _, ok := s.(*ast.Continue); ok && inFinally {
			found = true
		}
	}, func(inFinally, finally bool) bool { return inFinally || finally })
	return found
}

// walkLoopBody calls f on each statement of a loop body that belongs to the loop (not
// to nested loops, functions or classes, except the else clauses of nested loops), with
// a flag that nest computes from the flag of the enclosing statement and whether the
// statement is inside a try's finally clause (true) or another block (false).
func walkLoopBody(body []ast.StmtNode, flag bool, f func(ast.StmtNode, bool), nest func(flag, finally bool) bool) {
	for _, s := range body {
		f(s, flag)
		switch n := s.(type) {
		case *ast.If:
			walkLoopBody(n.Body, flag, f, nest)
			walkLoopBody(n.Orelse, flag, f, nest)
		case *ast.With:
			walkLoopBody(n.Body, nest(flag, false), f, nest)
		case *ast.AsyncWith:
			walkLoopBody(n.Body, nest(flag, false), f, nest)
		case *ast.Try:
			walkLoopTry(n.Body, n.Handlers, n.Orelse, n.Finalbody, flag, f, nest)
		case *ast.TryStar:
			walkLoopTry(n.Body, n.Handlers, n.Orelse, n.Finalbody, flag, f, nest)
		case *ast.Match:
			for _, c := range n.Cases {
				walkLoopBody(c.Body, flag, f, nest)
			}
		case *ast.For:
			walkLoopBody(n.Orelse, flag, f, nest)
		case *ast.AsyncFor:
			walkLoopBody(n.Orelse, flag, f, nest)
		case *ast.While:
			walkLoopBody(n.Orelse, flag, f, nest)
		}
	}
}

func walkLoopTry(body []ast.StmtNode, handlers []*ast.ExceptHandler, orelse, final []ast.StmtNode, flag bool, f func(ast.StmtNode, bool), nest func(flag, finally bool) bool) {
	walkLoopBody(body, nest(flag, false), f, nest)
	for _, h := range handlers {
		walkLoopBody(h.Body, nest(flag, false), f, nest)
	}
	walkLoopBody(orelse, nest(flag, false), f, nest)
	walkLoopBody(final, nest(flag, true), f, nest)
}

// loopNeedsBlock reports whether a break or continue of the loop with this body lies in
// a try, with or except block, so that only BREAK_LOOP or CONTINUE_LOOP (which need the
// loop's SETUP_LOOP block) can unwind those blocks. Other loops do without the block:
// break and continue become jumps.
func loopNeedsBlock(body []ast.StmtNode, inBlock bool) bool {
	found := false
	walkLoopBody(body, inBlock, func(s ast.StmtNode, inBlock bool) {
		switch s.(type) {
		case *ast.Break, *ast.Continue:
			if inBlock {
				found = true
			}
		}
	}, func(bool, bool) bool { return true })
	return found
}

// forStmt compiles a for loop.
func (u *unit) forStmt(n *ast.For) {
	end, cleanup := newLabel(), newLabel()
	var plain *block
	if !loopNeedsBlock(n.Body, false) {
		plain = &block{kind: blockLoop, noBlock: true, breakTo: end, popIter: true}
	} else {
		u.jump(vm.SETUP_LOOP, end)
	}
	checked := u.iterFor(n.Iter, n.Target)
	u.at(n)
	if plain != nil {
		plain.popChecked = checked
	}
	start := u.here()
	u.jump(vm.FOR_ITER, cleanup)
	u.storeItem(n.Target, checked)
	cont, next := u.backEdge(n.Pos, start, !checked)
	u.loopBody(n.Body, cont, next, nil, plain)
	u.bind(cleanup)
	u.at(n)
	if checked {
		u.checkIter()
	}
	if plain == nil {
		u.emit(vm.POP_BLOCK)
	}
	u.stmts(n.Orelse)
	u.bind(end)
	// The iterator is dropped here, and with it what it held (the items of a list
	// display, the last item the target no longer holds): a rebind point, which costs
	// two atomic loads unless something was registered since it last looked.
	u.rebindPoint(false, false)
}

// whileStmt compiles a while loop with the test repeated at the bottom, saving a jump
// per iteration; "while True" and "while 1" have no test at all.
func (u *unit) whileStmt(n *ast.While) {
	end, anchor := newLabel(), newLabel()
	var plain *block
	if !loopNeedsBlock(n.Body, false) {
		plain = &block{kind: blockLoop, noBlock: true, breakTo: end}
	} else {
		u.jump(vm.SETUP_LOOP, end)
	}
	if isConstTrue(n.Test) {
		start := u.here()
		cont, next := u.backEdge(n.Pos, start, true)
		u.loopBody(n.Body, cont, next, nil, plain)
	} else {
		u.jumpIf(n.Test, false, anchor)
		top, test := u.here(), newLabel()
		u.loopPoll(n.Pos)
		u.loopBody(n.Body, test, func() {
			u.bind(test)
			u.at(n)
			u.jumpIf(n.Test, true, top)
		}, anchor, plain)
	}
	u.bind(anchor)
	u.at(n)
	if plain == nil {
		u.emit(vm.POP_BLOCK)
	}
	u.stmts(n.Orelse)
	u.bind(end)
}

// isConstTrue reports whether e is a literal that is always true.
func isConstTrue(e ast.ExprNode) bool {
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := c.Value.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	}
	return false
}
