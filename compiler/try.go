package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// with compiles "with a as x, b as y: body" as nested single-item with statements.
//
//	<context expr>; <with>    RT.With: the protocol's checks and what SETUP_WITH works on
//	SETUP_WITH  cleanup        push __exit__, call __enter__, push a finally block
//	<store or POP_TOP>
//	<body>
//	POP_BLOCK
//	LOAD_CONST  None
//	cleanup: WITH_CLEANUP      call __exit__; swallow the exception if it returns true
//	END_FINALLY
func (u *unit) with(n *ast.With, i int) {
	item := n.Items[i]
	cleanup := newLabel()
	u.expr(item.ContextExpr)
	u.at(n)
	u.loadConst(helperWith)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.withBlock(n, item, cleanup, len(n.Items)-i-1, n.Body, func() { u.with(n, i+1) })
	u.emit(vm.END_FINALLY)
}

// withBlock emits what with and async with share once the context manager's enter value is
// on the stack: SETUP_WITH to cleanup, the target (or POP_TOP), the next item (more > 0:
// nested) or the body, the block's end, and cleanup's WITH_CLEANUP.
func (u *unit) withBlock(n ast.Located, item *ast.WithItem, cleanup *label, more int, body []ast.StmtNode, next func()) {
	u.jump(vm.SETUP_WITH, cleanup)
	u.pushBlock(blockFinallyTry)
	if item.OptionalVars != nil {
		u.store(item.OptionalVars)
	} else {
		u.emit(vm.POP_TOP)
	}
	if more > 0 {
		next()
	} else {
		u.stmts(body)
	}
	u.at(n)
	u.emit(vm.POP_BLOCK)
	u.popBlock()
	u.loadConst(py.None)
	u.bind(cleanup)
	u.emit(vm.WITH_CLEANUP)
}

// tryFinally compiles "try: body [except...] finally: final".
//
//	SETUP_FINALLY final
//	<body, or the try/except>
//	POP_BLOCK
//	LOAD_CONST    None
//	final: <finalbody>
//	END_FINALLY               resume the return, break, continue or exception, if any
func (u *unit) tryFinally(body []ast.StmtNode, handlers []*ast.ExceptHandler, orelse, finalbody []ast.StmtNode) {
	u.finally(func() {
		if len(handlers) > 0 {
			u.tryExcept(body, handlers, orelse)
		} else {
			u.stmts(body)
		}
	}, finalbody)
}

// finally compiles what protected emits under a finally clause.
func (u *unit) finally(protected func(), finalbody []ast.StmtNode) {
	final := newLabel()
	u.jump(vm.SETUP_FINALLY, final)
	u.pushBlock(blockFinallyTry)
	protected()
	u.popBlock()
	u.emit(vm.POP_BLOCK)
	u.loadConst(py.None)
	u.bind(final)
	u.pushBlock(blockFinallyBody)
	u.stmts(finalbody)
	u.popBlock()
	u.emit(vm.END_FINALLY)
}

// tryExcept compiles "try: body except E as x: handler ... else: orelse". A handler that
// binds a name deletes it on the way out, as CPython does.
//
//	SETUP_EXCEPT handlers
//	<body>
//	POP_BLOCK
//	JUMP_FORWARD orelse
//	handlers:                      stack: tb, value, type (above the saved exception)
//	DUP_TOP; <E>; COMPARE_OP exception-match; POP_JUMP_IF_FALSE next
//	POP_TOP; <store x or POP_TOP>; POP_TOP
//	<handler>; POP_EXCEPT; JUMP_FORWARD end
//	next: ...
//	END_FINALLY                    no handler matched: re-raise
//	orelse: <orelse>
//	end:
func (u *unit) tryExcept(body []ast.StmtNode, handlerList []*ast.ExceptHandler, orelseBody []ast.StmtNode) {
	handlers, orelse, end := newLabel(), newLabel(), newLabel()
	u.jump(vm.SETUP_EXCEPT, handlers)
	u.pushBlock(blockExcept)
	u.stmts(body)
	u.popBlock()
	u.emit(vm.POP_BLOCK)
	u.jump(vm.JUMP_FORWARD, orelse)
	u.bind(handlers)
	for i, h := range handlerList {
		u.at(h)
		if h.Type == nil && i < len(handlerList)-1 {
			u.errorf("default 'except:' must be last")
		}
		next := newLabel()
		if h.Type != nil {
			u.emit(vm.DUP_TOP)
			u.expr(h.Type)
			u.emitArg(vm.COMPARE_OP, vm.PyCmp_EXC_MATCH)
			u.jump(vm.POP_JUMP_IF_FALSE, next)
		}
		u.emit(vm.POP_TOP)
		// RT.EnterHandler(tb, value), leaving the stack as it was: tb, value.
		u.emit(vm.DUP_TOP_TWO)
		u.loadConst(helperEnterHandler)
		u.emit(vm.ROT_THREE)
		u.emitArg(vm.CALL_FUNCTION, 2)
		u.emit(vm.POP_TOP)
		name := h.Name
		if name != "" {
			u.nameOp(name, ast.Store)
		} else {
			u.emit(vm.POP_TOP)
		}
		u.emit(vm.POP_TOP)
		// The handler body runs under a finally that calls RT.ExitHandler (and unbinds
		// the name), so the object model knows when the exception stops being handled.
		cleanup := newLabel()
		u.jump(vm.SETUP_FINALLY, cleanup)
		u.pushBlock(blockHandler)
		u.stmts(h.Body)
		u.popBlock()
		u.emit(vm.POP_BLOCK)
		u.emit(vm.POP_EXCEPT)
		u.loadConst(py.None)
		u.bind(cleanup)
		u.at(h)
		u.loadConst(helperExitHandler)
		u.emitArg(vm.CALL_FUNCTION, 0)
		u.emit(vm.POP_TOP)
		if name != "" {
			u.loadConst(py.None)
			u.nameOp(name, ast.Store)
			u.nameOp(name, ast.Del)
		}
		u.emit(vm.END_FINALLY)
		u.handlerPoint()
		u.jump(vm.JUMP_FORWARD, end)
		u.bind(next)
	}
	u.emit(vm.END_FINALLY)
	u.bind(orelse)
	u.stmts(orelseBody)
	u.bind(end)
}

// yieldValue emits YIELD_VALUE (yieldSuspend), then checks the value sent in (resumeSent,
// throw.go): one that generator.throw() sent raises its exception at the yield.
func (u *unit) yieldValue() {
	u.yieldSuspend()
	u.resumeSent()
}

// yieldSuspend emits YIELD_VALUE. Inside except clauses it also takes the exceptions being
// handled off the object model's stack while the generator is suspended, and puts them back
// when it resumes:
//
//	LOAD_CONST suspend; LOAD_CONST n; CALL_FUNCTION 1; ROT_TWO     [saved, value]
//	YIELD_VALUE; ROT_TWO                                           [sent, saved]
//	LOAD_CONST resume; ROT_TWO; CALL_FUNCTION 1; POP_TOP           [sent]
func (u *unit) yieldSuspend() {
	n := 0
	for _, b := range u.blocks {
		if b.kind == blockHandler {
			n++
		}
	}
	if n == 0 {
		u.emit(vm.YIELD_VALUE)
		return
	}
	u.loadConst(helperSuspendHandlers)
	u.loadConst(py.Int(n))
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.emit(vm.ROT_TWO)
	u.emit(vm.YIELD_VALUE)
	u.emit(vm.ROT_TWO)
	u.loadConst(helperResumeHandlers)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.emit(vm.POP_TOP)
}
