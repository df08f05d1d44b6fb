package compiler

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gopy delivers signals (KeyboardInterrupt) and hands the GIL to other threads when a
// Python function is called (interp's hooks around py.VmEvalCode). Calls of Go builtins and
// methods (len, list.append) do not pass there, and a loop may call nothing at all: such a
// loop would never reach a switch point, so "while True: len(l)" could not be interrupted
// and would starve every other thread. Which calls reach Python is known only at run time,
// so every loop polls: a for loop or comprehension over a checkedIter (iter.go) in the
// iterator's __next__, at no cost in instructions; one over a range or a display, and
// "while True", by testing the truth of thePoller at the back edge (LOAD_CONST,
// POP_JUMP_IF_TRUE back: one instruction more than JUMP_ABSOLUTE, cheaper than a call);
// a while loop with a test at the top of every iteration. Every pollEvery polls run
// RT.Poll, the same switch point a call is.

// pollEvery is how many loop iterations pass between two switch points.
const pollEvery = 64

// PollerType is the type of the object loops poll.
var PollerType = py.NewType("gopy_poller", "The switch point of loops.")

// poller is the object whose truth loops test.
type poller struct{}

// Type implements py.Object.
func (*poller) Type() *py.Type { return PollerType }

// polls counts the tests, all threads together.
var polls atomic.Uint32

// M__bool__ is always true; every pollEvery calls it runs RT.Poll and raises its error.
func (*poller) M__bool__() (py.Object, error) {
	if err := tick(); err != nil {
		return nil, err
	}
	return py.True, nil
}

// tick counts one loop iteration and every pollEvery runs RT.Poll, returning its error.
func tick() error {
	if polls.Add(1)%pollEvery != 0 || RT.Poll == nil {
		return nil
	}
	return RT.Poll()
}

var thePoller = &poller{}

// loopPoll emits the poll at the top of an iteration of a while loop with a test.
func (u *unit) loopPoll(pos ast.Pos) {
	saved := u.loc
	u.loc = pos
	next := newLabel()
	u.loadConst(thePoller)
	u.jump(vm.POP_JUMP_IF_FALSE, next)
	u.bind(next)
	u.loc = saved
}

// backEdge returns where continue goes and the code that starts the next iteration, for a
// loop that begins at start and has no test at the bottom (for, while True). When poll is
// set the loop polls there, the jump back being POP_JUMP_IF_TRUE on the always true
// poller: one instruction more than the plain JUMP_ABSOLUTE. A for loop over a
// checkedIter does not: its iterator polls.
func (u *unit) backEdge(pos ast.Pos, start *label, poll bool) (*label, func()) {
	if !poll {
		return start, func() { u.jump(vm.JUMP_ABSOLUTE, start) }
	}
	cont := newLabel()
	return cont, func() {
		u.bind(cont)
		saved := u.loc
		u.loc = pos
		u.loadConst(thePoller)
		u.jump(vm.POP_JUMP_IF_TRUE, start)
		u.loc = saved
	}
}
