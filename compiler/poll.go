package compiler

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gopy delivers signals (KeyboardInterrupt) and hands the GIL to other threads only when a
// Python function is called (interp's hooks around py.VmEvalCode). A loop whose body calls
// nothing would never reach that point: "while True: pass" could not be interrupted and
// would starve every other thread. Such loops therefore test the truth of thePoller at the
// back edge (LOAD_CONST, POP_JUMP_IF_TRUE back: cheaper than a call), or for a while loop
// with a test at the top of every iteration; every pollEvery tests it runs RT.Poll, the same switch point a call is.
// Loops that call something are left alone: their calls are switch points already.

// pollEvery is how many iterations of call-free loops pass between two switch points.
const pollEvery = 64

// PollerType is the type of the object call-free loops poll.
var PollerType = py.NewType("gopy_poller", "The switch point of loops that call nothing.")

// poller is the object whose truth call-free loops test.
type poller struct{}

// Type implements py.Object.
func (*poller) Type() *py.Type { return PollerType }

// polls counts the tests, all threads together.
var polls atomic.Uint32

// M__bool__ is always true; every pollEvery calls it runs RT.Poll and raises its error.
func (*poller) M__bool__() (py.Object, error) {
	if polls.Add(1)%pollEvery != 0 || RT.Poll == nil {
		return py.True, nil
	}
	if err := RT.Poll(); err != nil {
		return nil, err
	}
	return py.True, nil
}

var thePoller = &poller{}

// callFree reports whether no call appears in nodes (outside nested functions, lambdas
// and classes, whose bodies do not run there).
func callFree(nodes ...ast.Node) bool {
	free := true
	for _, n := range nodes {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(x ast.Node) bool {
			switch x.(type) {
			case *ast.Call:
				free = false
			case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.Lambda, *ast.ClassDef:
				// The definition itself runs here, its body does not (decorators, defaults
				// and bases are calls or plain expressions: counted as free, conservatively
				// polled).
				return false
			}
			return free
		})
	}
	return free
}

// loopPoll emits the poll at the top of an iteration of a loop whose body (and test)
// make no call.
func (u *unit) loopPoll(pos ast.Pos, nodes ...ast.Node) {
	if !callFree(nodes...) {
		return
	}
	saved := u.loc
	u.loc = pos
	next := newLabel()
	u.loadConst(thePoller)
	u.jump(vm.POP_JUMP_IF_FALSE, next)
	u.bind(next)
	u.loc = saved
}

// backEdge returns where continue goes and the code that starts the next iteration, for a
// loop that begins at start and has no test at the bottom (for, while True). A call-free
// loop polls there, the jump back being POP_JUMP_IF_TRUE on the always true poller:
// one instruction more than the plain JUMP_ABSOLUTE.
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

// stmtNodes converts a statement list for callFree.
func stmtNodes(body []ast.StmtNode, extra ...ast.ExprNode) []ast.Node {
	out := make([]ast.Node, 0, len(body)+len(extra))
	for _, s := range body {
		out = append(out, s)
	}
	for _, e := range extra {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}
