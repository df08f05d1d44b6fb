package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
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
func (u *unit) loopBody(body []ast.Stmt, start *label, next func(), exit *label, plain *block) {
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
func continueInFinally(body []ast.Stmt, inFinally bool) bool {
	for _, s := range body {
		switch n := s.(type) {
		case *ast.Continue:
			if inFinally {
				return true
			}
		case *ast.If:
			if continueInFinally(n.Body, inFinally) || continueInFinally(n.Orelse, inFinally) {
				return true
			}
		case *ast.With:
			if continueInFinally(n.Body, inFinally) {
				return true
			}
		case *ast.Try:
			if continueInFinally(n.Body, inFinally) || continueInFinally(n.Orelse, inFinally) ||
				continueInFinally(n.Finalbody, true) {
				return true
			}
			for _, h := range n.Handlers {
				if continueInFinally(h.Body, inFinally) {
					return true
				}
			}
		case *ast.For:
			if continueInFinally(n.Orelse, inFinally) {
				return true
			}
		case *ast.While:
			if continueInFinally(n.Orelse, inFinally) {
				return true
			}
		}
	}
	return false
}

// loopNeedsBlock reports whether a break or continue of the loop with this body lies in
// a try, with or except block, so that only BREAK_LOOP or CONTINUE_LOOP (which need the
// loop's SETUP_LOOP block) can unwind those blocks. Other loops do without the block:
// break and continue become jumps.
func loopNeedsBlock(body []ast.Stmt, inBlock bool) bool {
	for _, s := range body {
		switch n := s.(type) {
		case *ast.Break, *ast.Continue:
			if inBlock {
				return true
			}
		case *ast.If:
			if loopNeedsBlock(n.Body, inBlock) || loopNeedsBlock(n.Orelse, inBlock) {
				return true
			}
		case *ast.With:
			if loopNeedsBlock(n.Body, true) {
				return true
			}
		case *ast.Try:
			if loopNeedsBlock(n.Body, true) || loopNeedsBlock(n.Orelse, true) || loopNeedsBlock(n.Finalbody, true) {
				return true
			}
			for _, h := range n.Handlers {
				if loopNeedsBlock(h.Body, true) {
					return true
				}
			}
		case *ast.For:
			if loopNeedsBlock(n.Orelse, inBlock) {
				return true
			}
		case *ast.While:
			if loopNeedsBlock(n.Orelse, inBlock) {
				return true
			}
		}
	}
	return false
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
	u.line = n.Lineno
	if plain != nil {
		plain.popChecked = checked
	}
	start := u.here()
	u.jump(vm.FOR_ITER, cleanup)
	u.storeItem(n.Target, checked)
	cont, next := u.backEdge(n.Lineno, start, callFree(stmtNodes(n.Body)...))
	u.loopBody(n.Body, cont, next, nil, plain)
	u.bind(cleanup)
	u.line = n.Lineno
	if checked {
		u.checkIter()
	}
	if plain == nil {
		u.emit(vm.POP_BLOCK)
	}
	u.stmts(n.Orelse)
	u.bind(end)
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
		cont, next := u.backEdge(n.Lineno, start, callFree(stmtNodes(n.Body)...))
		u.loopBody(n.Body, cont, next, nil, plain)
	} else {
		u.jumpIf(n.Test, false, anchor)
		top, test := u.here(), newLabel()
		u.loopPoll(n.Lineno, stmtNodes(n.Body, n.Test)...)
		u.loopBody(n.Body, test, func() {
			u.bind(test)
			u.line = n.Lineno
			u.jumpIf(n.Test, true, top)
		}, anchor, plain)
	}
	u.bind(anchor)
	u.line = n.Lineno
	if plain == nil {
		u.emit(vm.POP_BLOCK)
	}
	u.stmts(n.Orelse)
	u.bind(end)
}

// isConstTrue reports whether e is a literal that is always true.
func isConstTrue(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.NameConstant:
		return x.Value == py.True
	case *ast.Num:
		if i, ok := x.N.(py.Int); ok {
			return i != 0
		}
	}
	return false
}
