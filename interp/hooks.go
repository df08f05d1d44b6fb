package interp

import (
	"fmt"
	"os"
	"runtime/debug"
	"unicode"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/classes"
	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
)

// DefaultRecursionLimit is sys.getrecursionlimit() of a new interpreter, as CPython's.
const DefaultRecursionLimit = gil.DefaultRecursionLimit

// RecursionError is raised when the maximum recursion depth is exceeded (gpython has no
// such exception).
var RecursionError = py.RuntimeError.NewType("RecursionError", "Recursion limit exceeded.", nil, nil)

func init() {
	builtins.Ready(RecursionError)
	builtins.SetGlobal("RecursionError", RecursionError)
}

// The VM hooks: every Python function call goes through py.VmEvalCode and every generator
// resumption through py.VmRunFrame. Wrapping them gives
//
//   - the switch point of the thread model (package gil): the GIL changes hands there and
//     the main thread runs pending signal handlers, whose exception is raised by the call;
//   - a recursion limit per thread (a RecursionError instead of a fatal Go stack overflow);
//   - the recovery of Go panics in the runtime, which become Python exceptions instead of a
//     crash dump.
//
// Go code that calls Python without holding the GIL (an embedding program calling a Python
// function it got from the interpreter) takes it for the duration of the call.
func init() {
	evalCode := py.VmEvalCode
	py.VmEvalCode = func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
		t, release, err := enter(ctx, globals)
		if err != nil {
			return nil, err
		}
		defer leave(t, release, &res, &err)
		return evalCode(ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
	}
	runFrame := py.VmRunFrame
	py.VmRunFrame = func(frame *py.Frame) (res py.Object, err error) {
		t, release, err := enter(frame.Context, frame.Globals)
		if err != nil {
			return nil, err
		}
		defer leave(t, release, &res, &err)
		return runFrame(frame)
	}
}

// enter is the switch point at the start of a Python call: it finds the calling thread
// (taking the GIL if the caller does not hold it), delivers pending signals, checks the
// recursion limit and counts the frame and its globals. On success the caller must call
// leave when the call ends.
func enter(ctx py.Context, globals py.StringDict) (t *gil.Thread, release func(), err error) {
	rt := gil.Of(ctx)
	if rt == nil {
		return nil, nil, nil
	}
	t = rt.Current()
	if t == nil {
		t, release = rt.Ensure()
	}
	if err := rt.Check(t); err != nil {
		if release != nil {
			release()
		}
		return nil, nil, err
	}
	if t.Depth >= rt.RecursionLimit() {
		if release != nil {
			release()
		}
		return nil, nil, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
	}
	t.Depth++
	t.PushGlobals(globals)
	return t, release, nil
}

// leave ends a call begun by enter (deferred): it recovers a Go panic into the call's error,
// uncounts the frame and gives back a GIL that enter took.
func leave(t *gil.Thread, release func(), res *py.Object, err *error) {
	if r := recover(); r != nil {
		*res, *err = nil, panicError(r)
	}
	if *err != nil {
		// The exception keeps its traceback as it leaves each Python frame (__traceback__).
		classes.RecordTraceback(*err)
	}
	if t != nil {
		t.Depth--
		t.PopGlobals()
	}
	if release != nil {
		release()
	}
}

// classes.CallerGlobals (the module of a class made by type(name, bases, dict)) is the
// innermost Python call of the calling thread.
func init() {
	classes.CallerGlobals = func() py.StringDict {
		if t := gil.Holding(); t != nil {
			return t.Globals()
		}
		return nil
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

// Loops that call nothing reach the switch point through compiler.RT.Poll instead of a
// call's hook (compiler/poll.go).
func init() {
	compiler.RT.Poll = func() error {
		t := gil.Holding()
		if t == nil {
			return nil
		}
		return t.Runtime().Check(t)
	}
}
