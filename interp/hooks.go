package interp

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/classes"
	"github.com/gopyrt/gopy/modules/builtins"
)

// DefaultRecursionLimit is sys.getrecursionlimit() of a new interpreter, as CPython's.
const DefaultRecursionLimit = 1000

// RecursionError is raised when the maximum recursion depth is exceeded (gpython has no
// such exception).
var RecursionError = py.RuntimeError.NewType("RecursionError", "Recursion limit exceeded.", nil, nil)

func init() {
	builtins.Ready(RecursionError)
	builtins.SetGlobal("RecursionError", RecursionError)
}

// state is the per-interpreter data the VM hooks need.
type state struct {
	depth int
	limit int
}

var (
	statesMu sync.RWMutex
	states   = map[py.Context]*state{}
)

func register(it *Interp) {
	statesMu.Lock()
	states[it.ctx] = &state{limit: DefaultRecursionLimit}
	statesMu.Unlock()
}

func unregister(it *Interp) {
	statesMu.Lock()
	delete(states, it.ctx)
	statesMu.Unlock()
}

func stateOf(ctx py.Context) *state {
	statesMu.RLock()
	s := states[ctx]
	statesMu.RUnlock()
	return s
}

// The VM hooks: every Python function call goes through py.VmEvalCode and every generator
// resumption through py.VmRunFrame. Wrapping them gives a recursion limit (a RecursionError
// instead of a fatal Go stack overflow) and turns a Go panic in the runtime into a Python
// exception instead of a crash dump.
func init() {
	evalCode := py.VmEvalCode
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
		st := stateOf(ctx)
		if st != nil {
			if st.depth >= st.limit {
				return nil, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
			}
			st.depth++
		}
		defer func() {
			if st != nil {
				st.depth--
			}
			if r := recover(); r != nil {
				res, err = nil, panicError(r)
			}
			if err != nil {
				classes.RecordTraceback(err)
			}
		}()
		return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
	}
	runFrame := py.VmRunFrame
	py.VmRunFrame = func(frame *py.Frame) (res py.Object, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = nil, panicError(r)
			}
		}()
		return runFrame(frame)
	}
}

// panicError converts a recovered Go panic into the error gpython expects: Python exceptions
// raised by panicking keep their identity; anything else becomes SystemError. With
// GOPY_DEBUG set, the Go stack is printed to help find the bug.
func panicError(r interface{}) error {
	switch e := r.(type) {
	case py.ExceptionInfo:
		return e
	case *py.Exception:
		return e
	}
	if os.Getenv("GOPY_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "gopy: Go panic: %v\n%s", r, debug.Stack())
	}
	return py.ExceptionNewf(py.SystemError, "gopy internal error: %v", r)
}

func errnoOf(err error) int {
	if e, ok := err.(unix.Errno); ok {
		return int(e)
	}
	return 0
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
