package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
	"github.com/gopyrt/gopy/internal/syntax/symtable"
)

// Coroutines on gpython's generator machinery. An async function is compiled as a
// generator function whose co_flags say CO_COROUTINE (CO_ASYNC_GENERATOR when it also
// yields); the VM hook makes the call's frame into a py.Generator as for any generator and
// the object model (package classes) wraps it in a coroutine or async generator object.
//
// "await x" is "yield from" over the awaitable's iterator (Async.Await is CPython's
// GET_AWAITABLE), compiled as the same loop around a helper (delegate). The loop yields
// without checking the sent value itself: the helper gives a generator.throw() value to
// the sub-iterator's throw() (GeneratorExit to its close()), as CPython's _gen_throw
// does, which also makes throw() and close() reach through "yield from".
//
// A yield of an async generator yields its value wrapped (AsyncGenValue), so that the
// object model's asend()/athrow() awaitables can tell it from what an await inside the
// generator passes through to the event loop.

// Code flags of coroutines (CPython's values).
const (
	CoCoroutine         = 0x80
	CoIterableCoroutine = 0x100
	CoAsyncGenerator    = 0x200
	// GeneratorFlags marks code whose call makes a generator-like object.
	GeneratorFlags = py.CO_GENERATOR | CoCoroutine | CoAsyncGenerator
)

// AsyncRuntime holds what compiled async code calls; package classes installs it.
type AsyncRuntime struct {
	// Await returns the iterator "await x" delegates to (CPython's GET_AWAITABLE); where is
	// 0 for an await expression, 1 for the result of __aenter__, 2 for __aexit__'s.
	Await func(x py.Object, where int) (py.Object, error)
	// AIter returns aiter(x) for "async for"; ANext the awaitable of ait.__anext__().
	AIter func(x py.Object) (py.Object, error)
	ANext func(ait py.Object) (py.Object, error)
	// WithEnter starts "async with mgr": it checks the protocol and returns the object
	// kept for the statement, whose awaitable __aenter__() result Enter gives.
	WithEnter func(mgr py.Object) (py.Object, error)
	// StopAsyncIteration is the builtin exception class, which gpython lacks.
	StopAsyncIteration *py.Type
}

// Async is the AsyncRuntime of code compiled from now on.
var Async AsyncRuntime

// AsyncGenValue is what an async generator's yield yields: its value, wrapped.
type AsyncGenValue struct{ Value py.Object }

// AsyncGenValueType is the type of AsyncGenValue.
var AsyncGenValueType = py.NewType("async_generator_wrapped_value", "")

// Type implements py.Object.
func (*AsyncGenValue) Type() *py.Type { return AsyncGenValueType }

// asyncEnd is the value an "async for" step produces when the iteration is over.
var asyncEnd = py.NewType("async_end", "")

// untilStop is the iterator of an __anext__() awaitable: its StopAsyncIteration ends the
// "async for" loop instead of propagating.
type untilStop struct{ it py.Object }

var untilStopType = py.NewType("async_for_step", "")

func (*untilStop) Type() *py.Type { return untilStopType }

// Resumer is an iterator that delegate can resume directly (coroutines): its Resume is
// send() whose end is StopIteration carrying the return value.
type Resumer interface {
	Resume(sent py.Object) (py.Object, error)
}

// ExceptionOf returns the exception instance an error carries.
func ExceptionOf(err error) py.Object {
	switch x := err.(type) {
	case py.ExceptionInfo:
		if x.Value != nil {
			return x.Value
		}
		return x.Type
	case py.Object:
		return x
	}
	return py.ExceptionNewf(py.SystemError, "%v", err)
}

// throwTo raises err in sub-iterator it, as CPython's _gen_throw does for the iterator
// a generator delegates to.
func throwTo(it py.Object, err error) (py.Object, error) {
	if py.IsException(py.GeneratorExit, err) {
		if closer, e := py.GetAttrString(it, "close"); e == nil {
			if _, e := py.Call(closer, nil, nil); e != nil {
				return nil, e
			}
		}
		return nil, err
	}
	thrower, e := py.GetAttrString(it, "throw")
	if e != nil {
		return nil, err
	}
	return py.Call(thrower, py.Tuple{ExceptionOf(err)}, nil)
}

// handling is the awaitable of __aexit__ (then the iterator awaiting it) when the body of an
// async with raised exc: each step of the await runs with exc being handled, as CPython's
// frame state has it while __aexit__ runs, and not while the coroutine is suspended.
type handling struct {
	it, tb, exc py.Object
}

var handlingType = py.NewType("async_with_exit", "")

func (*handling) Type() *py.Type { return handlingType }

// step advances the iterator a yield from or await delegates to: [it, sent] -> (done, value).
func step(it, sent py.Object) (py.Object, error) {
	if h, ok := it.(*handling); ok {
		RT.EnterHandler(h.tb, h.exc)
		defer RT.ExitHandler()
		it = h.it
	}
	u, until := it.(*untilStop)
	if until {
		it = u.it
	}
	var v py.Object
	var err error
	switch r := it.(type) {
	case Resumer:
		if t, ok := sent.(*thrown); ok {
			v, err = throwTo(it, t.err)
		} else {
			v, err = r.Resume(sent)
		}
	default:
		if t, ok := sent.(*thrown); ok {
			v, err = throwTo(it, t.err)
		} else if sent == py.None {
			v, err = nextValue(it)
		} else {
			var send py.Object
			send, err = py.GetAttrString(it, "send")
			if err == nil {
				v, err = py.Call(send, py.Tuple{sent}, nil)
			}
		}
	}
	if err == nil {
		return py.Tuple{py.False, v}, nil
	}
	if value, ok := stopValue(err); ok {
		return py.Tuple{py.True, value}, nil
	}
	if until && Async.StopAsyncIteration != nil && py.IsException(Async.StopAsyncIteration, err) {
		return py.Tuple{py.True, asyncEnd}, nil
	}
	return nil, err
}

var (
	helperAwait = newHelper("<await>", func(args py.Tuple) (py.Object, error) {
		return Async.Await(args[0], 0)
	})
	helperAwaitEnter = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		return Async.Await(args[0], 1)
	})
	helperAwaitExit = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		h, ok := args[0].(*handling)
		if !ok {
			return Async.Await(args[0], 2)
		}
		it, err := Async.Await(h.it, 2)
		if err != nil {
			return nil, err
		}
		h.it = it
		return h, nil
	})
	helperAIter = newHelper("<async for>", func(args py.Tuple) (py.Object, error) {
		return Async.AIter(args[0])
	})
	helperANext = newHelper("<async for>", func(args py.Tuple) (py.Object, error) {
		aw, err := Async.ANext(args[0])
		if err != nil {
			return nil, err
		}
		it, err := Async.Await(aw, 3)
		if err != nil {
			return nil, err
		}
		return &untilStop{it: it}, nil
	})
	helperAsyncEnd = newHelper("<async for>", func(args py.Tuple) (py.Object, error) {
		return py.NewBool(args[0] == py.Object(asyncEnd)), nil
	})
	helperDelegate = newHelper("<yield from>", func(args py.Tuple) (py.Object, error) {
		return step(args[0], args[1])
	})
	helperWrapAsyncGen = newHelper("<yield>", func(args py.Tuple) (py.Object, error) {
		return &AsyncGenValue{Value: args[0]}, nil
	})
	helperWithEnter = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		return Async.WithEnter(args[0])
	})
	helperWithCall = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		// [keeper, "aenter" or "aexit"]: the awaitable of __aenter__() or __aexit__(*exc_info).
		k, ok := args[0].(AsyncWithKeeper)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "async with: bad keeper")
		}
		if args[1] == py.String("aenter") {
			return k.AEnter()
		}
		tb, exc := k.Handled()
		if exc == nil {
			return k.AExit()
		}
		RT.EnterHandler(tb, exc)
		defer RT.ExitHandler()
		aw, err := k.AExit()
		if err != nil {
			return nil, err
		}
		return &handling{it: aw, tb: tb, exc: exc}, nil
	})
	helperWithEntered = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		k, ok := args[0].(AsyncWithKeeper)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "async with: bad keeper")
		}
		k.Entered(args[1])
		return k, nil
	})
	helperWithSilence = newHelper("<async with>", func(args py.Tuple) (py.Object, error) {
		k, ok := args[0].(AsyncWithKeeper)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "async with: bad keeper")
		}
		silence, err := k.Silence(args[1])
		return py.NewBool(silence), err
	})
)

// AsyncWithKeeper is what Async.WithEnter returns: a synchronous context manager for
// SETUP_WITH (its __enter__ returns the value Entered gave, its __exit__ records the
// exception) that also makes the awaitables of the manager's __aenter__ and __aexit__.
type AsyncWithKeeper interface {
	py.Object
	AEnter() (py.Object, error)
	Entered(value py.Object)
	AExit() (py.Object, error)
	// Handled returns the exception the body ended with and its traceback (nil, nil when
	// it ended without one): it is being handled while __aexit__ runs.
	Handled() (tb, exc py.Object)
	// Silence reports whether __aexit__'s result res silences the exception.
	Silence(res py.Object) (bool, error)
}

// asyncConsts names the helpers of this file for namedConsts.
var asyncConsts = map[string]py.Object{
	"await": helperAwait, "await enter": helperAwaitEnter, "await exit": helperAwaitExit,
	"aiter": helperAIter, "anext": helperANext, "async end": helperAsyncEnd,
	"wrap async gen":   helperWrapAsyncGen,
	"async with enter": helperWithEnter, "async with call": helperWithCall,
	"async with silence": helperWithSilence, "next attr": helperNextAttr, "special attr": helperSpecialAttr, "before drop": helperBeforeDrop, "async with entered": helperWithEntered,
}

// isAsyncFunction reports whether u compiles the body of an "async def".
func (u *unit) isAsyncFunction() bool {
	if u.kind != scopeFunction {
		return false
	}
	_, ok := u.st.Node.(*ast.AsyncFunctionDef)
	return ok
}

// asyncAllowed reports whether await may appear in u: an async function, or a
// comprehension (whose own check comes first, see comprehensionAsync).
func (u *unit) asyncAllowed() bool {
	return u.isAsyncFunction() || u.kind == scopeComprehension
}

// await compiles "await x".
func (u *unit) await(n *ast.Await) {
	if u.st.Type != symtable.FunctionBlock {
		u.errorf("'await' outside function")
	}
	if !u.asyncAllowed() {
		u.errorf("'await' outside async function")
	}
	u.expr(n.Value)
	u.awaitTOS(helperAwait)
}

// awaitTOS awaits the awaitable on top of the stack, get being the helper that makes its
// iterator: [aw] -> [result].
func (u *unit) awaitTOS(get *helper) {
	u.loadConst(get)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.delegate()
}

// delegate emits the loop of yield from and await: [it] -> [result].
//
//	LOAD_CONST None                         [it, sent]
//	loop: DUP_TOP_TWO; LOAD_CONST step; ROT_THREE; CALL_FUNCTION 2
//	ROT_TWO; POP_TOP; UNPACK_SEQUENCE 2     [it, value, done]
//	POP_JUMP_IF_TRUE end
//	YIELD_VALUE; JUMP_ABSOLUTE loop         [it, sent]
//	end: ROT_TWO; POP_TOP                   [value]
func (u *unit) delegate() {
	u.loadConst(py.None)
	loop, end := u.here(), newLabel()
	u.emit(vm.DUP_TOP_TWO)
	u.loadConst(helperDelegate)
	u.emit(vm.ROT_THREE)
	u.emitArg(vm.CALL_FUNCTION, 2)
	u.emit(vm.ROT_TWO)
	u.emit(vm.POP_TOP)
	u.emitArg(vm.UNPACK_SEQUENCE, 2)
	u.jump(vm.POP_JUMP_IF_TRUE, end)
	u.yieldSuspend()
	u.jump(vm.JUMP_ABSOLUTE, loop)
	u.bind(end)
	u.emit(vm.ROT_TWO)
	u.emit(vm.POP_TOP)
}

// checkYieldFrom rejects "yield from" in an async function.
func (u *unit) checkYieldFrom() {
	if u.isAsyncFunction() {
		u.errorf("'yield from' inside async function")
	}
}

// wrapAsyncYield wraps the value an async generator's yield yields: [v] -> [wrapped].
func (u *unit) wrapAsyncYield() {
	if u.st.Coroutine && u.st.Generator {
		u.loadConst(helperWrapAsyncGen)
		u.emit(vm.ROT_TWO)
		u.emitArg(vm.CALL_FUNCTION, 1)
	}
}

// asyncWith compiles "async with a as x, b as y: body" as nested single items. The
// object WithEnter returns keeps the manager's __aexit__ and acts as a synchronous
// context manager for SETUP_WITH and WITH_CLEANUP (its __exit__ only records the
// exception), kept in a hidden local so that the cleanup can await __aexit__ itself and
// silence the exception as WITH_CLEANUP would:
//
//	<mgr>; WithEnter                         [k]
//	DUP_TOP; call(k, "aenter"); await        [k, value]
//	entered(k, value)                        [k]
//	SETUP_WITH cleanup (k.__enter__ returns the value); <store x>
//	<body>; POP_BLOCK; LOAD_CONST None
//	cleanup: WITH_CLEANUP
//	LOAD_FAST k; call(k, "aexit"); await; LOAD_FAST k; silence(k, result)
//	POP_JUMP_IF_FALSE end; LOAD_CONST 6 (WHY_SILENCED)
//	end: END_FINALLY
func (u *unit) asyncWith(n *ast.AsyncWith, i int) {
	if i == 0 && !u.isAsyncFunction() {
		u.errorf("'async with' outside async function")
	}
	item := n.Items[i]
	keeper := u.varname(".async_with" + itoa(u.asyncDepth()))
	cleanup, end := newLabel(), newLabel()
	u.expr(item.ContextExpr)
	u.at(n)
	u.loadConst(helperWithEnter)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.emit(vm.DUP_TOP)
	u.emitArg(vm.STORE_FAST, keeper)
	u.emit(vm.DUP_TOP)
	u.withCall("aenter")
	u.awaitTOS(helperAwaitEnter)
	u.loadConst(helperWithEntered)
	u.emit(vm.ROT_THREE)
	u.emitArg(vm.CALL_FUNCTION, 2)
	u.withBlock(n, item, cleanup, len(n.Items)-i-1, n.Body, func() { u.asyncWith(n, i+1) })
	u.emitArg(vm.LOAD_FAST, keeper)
	u.withCall("aexit")
	u.awaitTOS(helperAwaitExit)
	u.loadConst(helperWithSilence)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.LOAD_FAST, keeper)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 2)
	u.jump(vm.POP_JUMP_IF_FALSE, end)
	u.loadConst(py.Int(6)) // gpython's whySilenced, which END_FINALLY unwinds as WITH_CLEANUP's
	u.bind(end)
	u.emit(vm.END_FINALLY)
}

// withCall calls method name of the async-with keeper on the stack: [k] -> [awaitable].
func (u *unit) withCall(name string) {
	u.loadConst(helperWithCall)
	u.emit(vm.ROT_TWO)
	u.loadConst(py.String(name))
	u.emitArg(vm.CALL_FUNCTION, 2)
}

// asyncDepth names the hidden local of an async with: statements nested in one another
// get different names (each is inside one more try or with block than the one around it).
func (u *unit) asyncDepth() int {
	n := 0
	for _, b := range u.blocks {
		if b.kind == blockFinallyTry || b.kind == blockFinallyBody || b.kind == blockHandler {
			n++
		}
	}
	return n
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + itoa(i%10)
}

// asyncFor compiles "async for x in it: body else: orelse".
//
//	SETUP_LOOP end; <it>; aiter               [ait]
//	start: DUP_TOP; anext; await              [ait, v]
//	DUP_TOP; async end?; POP_JUMP_IF_TRUE done
//	<store x>; <body>; JUMP_ABSOLUTE start
//	done: POP_TOP; POP_TOP; POP_BLOCK; <orelse>
//	end:
func (u *unit) asyncFor(n *ast.AsyncFor) {
	if !u.isAsyncFunction() {
		u.errorf("'async for' outside async function")
	}
	end, done := newLabel(), newLabel()
	u.jump(vm.SETUP_LOOP, end)
	u.expr(n.Iter)
	u.at(n)
	u.asyncIter()
	start := u.here()
	u.asyncNext(done)
	u.store(n.Target)
	u.loopBody(n.Body, start, func() { u.jump(vm.JUMP_ABSOLUTE, start) }, nil, nil)
	u.bind(done)
	u.at(n)
	u.emit(vm.POP_TOP)
	u.emit(vm.POP_TOP)
	u.emit(vm.POP_BLOCK)
	u.stmts(n.Orelse)
	u.bind(end)
}

// asyncIter replaces the iterable on the stack by its async iterator.
func (u *unit) asyncIter() {
	u.loadConst(helperAIter)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
}

// asyncNext awaits the next item of the async iterator on the stack, jumping to done
// with [ait, end] when there is none: [ait] -> [ait, item].
func (u *unit) asyncNext(done *label) {
	u.emit(vm.DUP_TOP)
	u.loadConst(helperANext)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.delegate()
	u.emit(vm.DUP_TOP)
	u.loadConst(helperAsyncEnd)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
	u.jump(vm.POP_JUMP_IF_TRUE, done)
}

// comprehensionAsync checks an async comprehension (one with async for or await) where
// CPython's compiler does, st being its table: only in an async function or another
// comprehension, unless it is a generator expression.
func (u *unit) comprehensionAsync(st *symtable.Table, genexp bool) {
	if st.Coroutine && !genexp && !u.asyncAllowed() {
		u.errorf("asynchronous comprehension outside of an asynchronous function")
	}
}

// generatorFlag is the co_flags bit of a function block that makes generators,
// coroutines or async generators when called (0 for a plain function).
func (u *unit) generatorFlag() int32 {
	async := u.isAsyncFunction() || (u.kind == scopeComprehension && u.st.Coroutine)
	switch {
	case async && u.st.Generator:
		return CoAsyncGenerator
	case async:
		return CoCoroutine
	case u.st.Generator:
		return py.CO_GENERATOR
	}
	return 0
}

// SendValue is g.send(v) whose StopIteration carries the value g returned.
func SendValue(g *py.Generator, v py.Object) (py.Object, error) {
	res, err := g.Send(v)
	if err != nil {
		return nil, withStopValue(g, err)
	}
	return res, nil
}

// Awaiting returns what the suspended generator frame f delegates to (yield from or
// await: cr_await, gi_yieldfrom, ag_await), nil if nothing. delegate's YIELD_VALUE is
// followed by its JUMP_ABSOLUTE, directly (the iterator is on top of the stack) or after
// the 9 bytes that resume the exceptions being handled (it is second).
func Awaiting(f *py.Frame) py.Object {
	if f == nil || !f.Yielded {
		return nil
	}
	code, i, n := f.Code.Code, int(f.Lasti), len(f.Stack)
	var it py.Object
	switch {
	case i < len(code) && vm.OpCode(code[i]) == vm.JUMP_ABSOLUTE && n >= 1:
		it = f.Stack[n-1]
	case i+9 < len(code) && vm.OpCode(code[i]) == vm.ROT_TWO && vm.OpCode(code[i+9]) == vm.JUMP_ABSOLUTE && n >= 2:
		it = f.Stack[n-2]
	default:
		return nil
	}
	if u, ok := it.(*untilStop); ok {
		return u.it
	}
	return it
}
