package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// try/except* (PEP 654). The exception caught is given to Star.Begin, which keeps what is
// left of it to match (the state lives in a hidden variable, .except_starN); each clause
// splits off what its types match (Star.Match, CPython's CHECK_EG_MATCH) and runs its body
// with that part as the exception being handled; what a body raises is recorded
// (Star.Raised) instead of propagating; at the end Star.End raises what CPython's
// _PyExc_PrepReraiseStar makes of the raised exceptions and the unmatched rest.
//
//	SETUP_EXCEPT handlers; <body>; POP_BLOCK; JUMP_FORWARD orelse
//	handlers: POP_TOP; begin(tb, value) -> S; store S
//	for each clause:
//	    match(S, <types>) -> m; DUP_TOP; LOAD_CONST None; COMPARE_OP is; POP_JUMP_IF_TRUE skip
//	    enter(S, m); <store name or POP_TOP>
//	    SETUP_EXCEPT raised; <clause body>; POP_BLOCK; exit handler; JUMP_FORWARD after
//	    raised: exit handler; POP_TOP; raised(tb, value, S); POP_EXCEPT
//	    after: <unbind name>; JUMP_FORWARD next
//	    skip: POP_TOP
//	    next:
//	end(S) -> x; <delete S>; DUP_TOP; LOAD_CONST None; COMPARE_OP is not; POP_JUMP_IF_TRUE reraise
//	POP_TOP; POP_EXCEPT; JUMP_FORWARD end
//	reraise: UNPACK_SEQUENCE 3; END_FINALLY
//	orelse: <orelse>
//	end:

// StarRuntime holds what compiled except* code calls; package classes installs it.
type StarRuntime struct {
	Begin  func(tb, exc py.Object) py.Object
	Match  func(state, types py.Object) (py.Object, error)
	Enter  func(state, match py.Object)
	Raised func(tb, exc, state py.Object)
	// End returns None, or (type, value, traceback) of the exception to raise again.
	End func(state py.Object) (py.Object, error)
	// Reraise raises again the part of the exception the running clause handles (a bare
	// raise in its body: gpython's would raise the whole exception).
	Reraise func(state py.Object) error
}

// Star is the StarRuntime of code compiled from now on.
var Star StarRuntime

var (
	helperStarBegin = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		return Star.Begin(args[0], args[1]), nil
	})
	helperStarMatch = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		return Star.Match(args[0], args[1])
	})
	helperStarEnter = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		Star.Enter(args[0], args[1])
		return py.None, nil
	})
	helperStarRaised = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		Star.Raised(args[0], args[1], args[2])
		return py.None, nil
	})
	helperStarEnd = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		return Star.End(args[0])
	})
	helperStarReraise = newHelper("<except*>", func(args py.Tuple) (py.Object, error) {
		return py.None, Star.Reraise(args[0])
	})
)

// starConsts names the helpers of this file for namedConsts.
var starConsts = map[string]py.Object{
	"except* begin": helperStarBegin, "except* match": helperStarMatch,
	"except* enter": helperStarEnter, "except* raised": helperStarRaised,
	"except* end": helperStarEnd, "except* reraise": helperStarReraise,
}

// tryStar compiles "try: ... except* ...", with its finally clause if any.
func (u *unit) tryStar(n *ast.TryStar) {
	if len(n.Finalbody) == 0 {
		u.tryStarExcept(n)
		return
	}
	u.finally(func() { u.tryStarExcept(n) }, n.Finalbody)
}

// hidden loads, stores or deletes a variable of the compiler's own (a fast local in a
// function, a name of the namespace elsewhere).
func (u *unit) hidden(name string, op ast.ExprContext) {
	if u.st.Type == symtable.FunctionBlock {
		i := u.varname(name)
		switch op {
		case ast.Load:
			u.emitArg(vm.LOAD_FAST, i)
		case ast.Store:
			u.emitArg(vm.STORE_FAST, i)
		default:
			u.emitArg(vm.DELETE_FAST, i)
		}
		return
	}
	i := u.name(name)
	switch op {
	case ast.Load:
		u.emitArg(vm.LOAD_NAME, i)
	case ast.Store:
		u.emitArg(vm.STORE_NAME, i)
	default:
		u.emitArg(vm.DELETE_NAME, i)
	}
}

func (u *unit) tryStarExcept(n *ast.TryStar) {
	handlers, orelse, end := newLabel(), newLabel(), newLabel()
	u.jump(vm.SETUP_EXCEPT, handlers)
	u.pushBlock(blockExcept)
	u.stmts(n.Body)
	u.popBlock()
	u.emit(vm.POP_BLOCK)
	u.jump(vm.JUMP_FORWARD, orelse)
	u.bind(handlers)
	state := ".except_star" + itoa(u.asyncDepth())
	u.emit(vm.POP_TOP)
	u.loadConst(helperStarBegin)
	u.emit(vm.ROT_THREE)
	u.emitArg(vm.CALL_FUNCTION, 2)
	u.hidden(state, ast.Store)
	for _, h := range n.Handlers {
		u.at(h)
		checkStarBody(u, h.Body, false)
		skip, next, after, raised := newLabel(), newLabel(), newLabel(), newLabel()
		u.loadConst(helperStarMatch)
		u.hidden(state, ast.Load)
		u.expr(h.Type)
		u.at(h)
		u.emitArg(vm.CALL_FUNCTION, 2)
		u.emit(vm.DUP_TOP)
		u.loadConst(py.None)
		u.emitArg(vm.COMPARE_OP, vm.PyCmp_IS)
		u.jump(vm.POP_JUMP_IF_TRUE, skip)
		u.emit(vm.DUP_TOP)
		u.loadConst(helperStarEnter)
		u.emit(vm.ROT_TWO)
		u.hidden(state, ast.Load)
		u.emit(vm.ROT_TWO)
		u.emitArg(vm.CALL_FUNCTION, 2)
		u.emit(vm.POP_TOP)
		if h.Name != "" {
			u.nameOp(h.Name, ast.Store)
		} else {
			u.emit(vm.POP_TOP)
		}
		u.jump(vm.SETUP_EXCEPT, raised)
		u.pushBlock(blockHandler)
		u.blocks[len(u.blocks)-1].starState = state
		u.stmts(h.Body)
		u.popBlock()
		u.at(h)
		u.emit(vm.POP_BLOCK)
		u.loadConst(helperExitHandler)
		u.emitArg(vm.CALL_FUNCTION, 0)
		u.emit(vm.POP_TOP)
		u.jump(vm.JUMP_FORWARD, after)
		u.bind(raised)
		u.loadConst(helperExitHandler)
		u.emitArg(vm.CALL_FUNCTION, 0)
		u.emit(vm.POP_TOP)
		u.emit(vm.POP_TOP)
		u.loadConst(helperStarRaised)
		u.emit(vm.ROT_THREE)
		u.hidden(state, ast.Load)
		u.emitArg(vm.CALL_FUNCTION, 3)
		u.emit(vm.POP_TOP)
		u.emit(vm.POP_EXCEPT)
		u.bind(after)
		if h.Name != "" {
			u.loadConst(py.None)
			u.nameOp(h.Name, ast.Store)
			u.nameOp(h.Name, ast.Del)
		}
		u.jump(vm.JUMP_FORWARD, next)
		u.bind(skip)
		u.emit(vm.POP_TOP)
		u.bind(next)
	}
	// end(S) is None, or (type, value, traceback) for END_FINALLY to raise again
	// without a traceback entry for this line, as CPython's RERAISE.
	reraise := newLabel()
	u.loadConst(helperStarEnd)
	u.hidden(state, ast.Load)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.hidden(state, ast.Del)
	u.emit(vm.DUP_TOP)
	u.loadConst(py.None)
	u.emitArg(vm.COMPARE_OP, vm.PyCmp_IS_NOT)
	u.jump(vm.POP_JUMP_IF_TRUE, reraise)
	u.emit(vm.POP_TOP)
	u.emit(vm.POP_EXCEPT)
	u.jump(vm.JUMP_FORWARD, end)
	u.bind(reraise)
	u.emitArg(vm.UNPACK_SEQUENCE, 3)
	u.emit(vm.END_FINALLY)
	u.bind(orelse)
	u.stmts(n.Orelse)
	u.bind(end)
}

// checkStarBody rejects break, continue and return that would leave an except* clause
// (inLoop: inside a loop of the clause, where break and continue stay in it).
func checkStarBody(u *unit, body []ast.StmtNode, inLoop bool) {
	const msg = "'break', 'continue' and 'return' cannot appear in an except* block"
	for _, s := range body {
		switch n := s.(type) {
		case *ast.Break, *ast.Continue:
			if !inLoop {
				u.errorAt(n, msg)
			}
		case *ast.Return:
			if n.Value != nil {
				u.errorAt(n.Value, msg) // CPython's location: the value
			}
			u.errorAt(n, msg)
		case *ast.For, *ast.AsyncFor, *ast.While:
			body, orelse := loopParts(n)
			checkStarBody(u, body, true)
			checkStarBody(u, orelse, inLoop)
		case *ast.If:
			checkStarBody(u, n.Body, inLoop)
			checkStarBody(u, n.Orelse, inLoop)
		case *ast.With:
			checkStarBody(u, n.Body, inLoop)
		case *ast.AsyncWith:
			checkStarBody(u, n.Body, inLoop)
		case *ast.Try:
			checkStarTry(u, n.Body, n.Handlers, n.Orelse, n.Finalbody, inLoop)
		case *ast.TryStar:
			checkStarTry(u, n.Body, n.Handlers, n.Orelse, n.Finalbody, inLoop)
		case *ast.Match:
			for _, c := range n.Cases {
				checkStarBody(u, c.Body, inLoop)
			}
		}
	}
}

// starReraise compiles a bare raise directly inside an except* clause (not in a handler
// nested in it), reporting false elsewhere.
func (u *unit) starReraise() bool {
	for i := len(u.blocks) - 1; i >= 0; i-- {
		if b := u.blocks[i]; b.kind == blockHandler {
			if b.starState == "" {
				return false
			}
			u.loadConst(helperStarReraise)
			u.hidden(b.starState, ast.Load)
			u.emitArg(vm.CALL_FUNCTION, 1)
			u.emit(vm.POP_TOP)
			return true
		}
	}
	return false
}

func checkStarTry(u *unit, body []ast.StmtNode, handlers []*ast.ExceptHandler, orelse, final []ast.StmtNode, inLoop bool) {
	checkStarBody(u, body, inLoop)
	for _, h := range handlers {
		checkStarBody(u, h.Body, inLoop)
	}
	checkStarBody(u, orelse, inLoop)
	checkStarBody(u, final, inLoop)
}

// loopParts returns the body and the else clause of a for, async for or while loop.
func loopParts(s ast.StmtNode) (body, orelse []ast.StmtNode) {
	switch n := s.(type) {
	case *ast.For:
		return n.Body, n.Orelse
	case *ast.AsyncFor:
		return n.Body, n.Orelse
	case *ast.While:
		return n.Body, n.Orelse
	}
	return nil, nil
}
