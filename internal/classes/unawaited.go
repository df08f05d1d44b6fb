package classes

import (
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/interp/gil"
)

// CPython warns "coroutine '...' was never awaited" (a RuntimeWarning) when a coroutine
// that never started running is finalized. gopy watches each new coroutine through package
// finalize while it has not started: a point that finds it freed warns, and so does exit
// for one still alive then (CPython's finalization clears the modules). A coroutine made
// by a call whose result the calling instruction discards (`f()` as a statement: the
// call of the async function itself is followed by POP_TOP) dies right there in CPython,
// so gopy warns at once instead of waiting for a point. A coroutine made while a coroutine
// runs on the thread asks for no collection of its own (it is Idle: found by the
// collections other objects ask for, and at exit): a coroutine's frame returns at each of
// its suspensions, and an event loop's coroutines make many coroutines that start soon
// after, which would cost a collection at each suspension until they start.

// WarnUnawaited issues the warning for coro (warnings._warn_unawaited_coroutine); the
// warnings package sets it. Its error is reported as an exception ignored in coro.
var WarnUnawaited func(coro py.Object) error

// watchUnawaited starts watching the new coroutine c.
func watchUnawaited(c *Coroutine) {
	g := c.Gen
	if discardedAtCall(g) {
		warnUnawaited(c)
		return
	}
	wp := weak.Make(c)
	started := func() bool { return g.Frame.Lasti != 0 }
	idle := inCoroutine()
	finalize.RegisterForCaller(func() bool { return wp.Value() == nil }, func() finalize.State {
		switch {
		case started():
			return finalize.Done
		case idle:
			return finalize.Idle
		}
		return finalize.Needs
	}, func() {
		if started() {
			return
		}
		if obj := wp.Value(); obj != nil {
			warnUnawaited(obj)
		} else {
			warnUnawaited(&Coroutine{Gen: g})
		}
	})
}

// discardedAtCall reports whether the instruction that called g's async function is a
// CALL_FUNCTION of that function directly followed by POP_TOP.
func discardedAtCall(g *py.Generator) bool {
	t := gil.Holding()
	if t == nil {
		return false
	}
	caller := t.Running(0)
	if caller == nil {
		return false
	}
	code, i := caller.Code.Code, int(caller.Lasti)
	if i < 3 || i >= len(code) || vm.OpCode(code[i]) != vm.POP_TOP || vm.OpCode(code[i-3]) != vm.CALL_FUNCTION {
		return false
	}
	// The called object stays in the stack's backing array just above its end.
	st := caller.Stack
	if cap(st) <= len(st) {
		return false
	}
	switch fn := st[:len(st)+1][len(st)].(type) {
	case *py.Function:
		return fn.Code == g.Code
	case *py.BoundMethod:
		m, ok := fn.Method.(*py.Function)
		return ok && m.Code == g.Code
	}
	return false
}

func warnUnawaited(c *Coroutine) {
	if WarnUnawaited == nil {
		return
	}
	if err := WarnUnawaited(c); err != nil {
		var ctx py.Context
		if t := gil.Holding(); t != nil {
			ctx = t.Runtime().Context()
		}
		finalize.Report(ctx, "Exception ignored in", c, err)
	}
}

// inCoroutine reports whether a coroutine's frame is running on the calling thread.
func inCoroutine() bool {
	t := gil.Holding()
	if t == nil {
		return false
	}
	for d := 0; ; d++ {
		f := t.Running(d)
		if f == nil {
			return false
		}
		if f.Code.Flags&compiler.CoCoroutine != 0 {
			return true
		}
	}
}
