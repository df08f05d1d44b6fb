package interp

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/ceval"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
)

// DefaultRecursionLimit is sys.getrecursionlimit() of a new interpreter, as CPython's.
const DefaultRecursionLimit = gil.DefaultRecursionLimit

// RecursionError is raised when the maximum recursion depth is exceeded (gpython has no
// such exception).
var RecursionError = classes.NewException(py.RuntimeError, "RecursionError", "Recursion limit exceeded.")

func init() {
	builtins.Ready(RecursionError)
	builtins.SetGlobal("RecursionError", RecursionError)
}

// The VM hooks: every Python function call goes through py.VmEvalCode and every generator
// resumption through py.VmRunFrame. Wrapping them gives
//
//   - the stack of running frames of each thread (gil.Thread.PushFrame), for
//     sys._getframe, globals(), exec() and tracebacks: a call's frame is made here
//     (frames.NewCall binds the arguments), because gpython's VmEvalCode would make it and
//     run it out of sight;
//   - the switch point of the thread model (package gil): the GIL changes hands there and
//     the main thread runs pending signal handlers, whose exception is raised by the call;
//   - a recursion limit per thread (a RecursionError instead of a fatal Go stack overflow);
//   - the recovery of Go panics in the runtime, which become Python exceptions instead of a
//     crash dump.
//
// Go code that calls Python without holding the GIL (an embedding program calling a Python
// function it got from the interpreter) takes it for the duration of the call.
func installVMHooks() {
	// The compiler's wrapper corrects gpython's error messages as they leave the frame and
	// keeps generators' return values.
	loop := vm.RunFrame
	if ownEval() {
		loop = ceval.Run
	}
	run := compiler.WrapRunFrame(loop)
	evalCode := func(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (res py.Object, err error) {
		c, err := enter(ctx)
		if err != nil {
			return nil, err
		}
		defer c.leave(&res, &err)
		pool := c.pool(code)
		if c.t != nil && c.t.Profile != nil {
			pool = nil // the profile function is handed the frame
		}
		f, err := frames.NewCall(pool, ctx, code, globals, locals, args, kws, defs, kwdefs, closure)
		if err != nil {
			return nil, err
		}
		if code.Flags&compiler.GeneratorFlags != 0 {
			return classes.NewGenerator(f), nil
		}
		c.push(f)
		if pool != nil {
			c.reuse = pool
			c.handed = c.t.Handed()
		}
		if err := c.profileCall(); err != nil {
			return nil, err
		}
		return run(f)
	}
	py.VmEvalCode = evalCode
	// The own loop calls Python functions with positional arguments without py.Call: the
	// call is py.Function.M__call__'s, without its locals map for an optimized function.
	ceval.Hooks.Call = func(fn *py.Function, args []py.Object) (py.Object, error) {
		var locals py.StringDict
		if fn.Code.Flags&py.CO_OPTIMIZED == 0 {
			locals = py.NewStringDict()
		}
		return evalCode(fn.Context, fn.Code, fn.Globals, locals, args, nil, fn.Defaults, fn.KwDefaults, fn.Closure)
	}
	py.VmRunFrame = func(f *py.Frame) (res py.Object, err error) {
		c, err := enter(f.Context)
		if err != nil {
			return nil, err
		}
		defer c.leave(&res, &err)
		c.push(f)
		if err := c.profileCall(); err != nil {
			return nil, err
		}
		res, err = run(f)
		if err == nil && !f.Yielded && f.Code.Flags&compiler.GeneratorFlags != 0 {
			// A generator (or coroutine) that ran to its end lets go of its locals, as
			// CPython clears its frame; one that raised keeps them for its traceback.
			frames.ClearFinished(f)
			if c.t != nil {
				finalize.AtGeneratorEnd(c.t, f)
			}
		}
		return res, err
	}
}

// ownEval reports whether frames run in gopy's own eval loop (internal/ceval), the
// default; GOPYEVAL=gpython in the environment selects gpython's vm.RunFrame instead (for
// comparing the two).
func ownEval() bool { return os.Getenv("GOPYEVAL") != "gpython" }

// call is the bookkeeping of one Python call between enter and leave.
type call struct {
	t       *gil.Thread
	release func()    // gives back a GIL that enter took
	f       *py.Frame // the frame pushed, nil if none
	// reuse is the thread's frame pool when f may go back to it if the call succeeds and
	// the thread hands out no frame (handed is the thread's count at the start).
	reuse  *frames.Pool
	handed uint64
	// profiled is set when the thread's profile function saw the call begin: it sees it
	// end too (profile.go).
	profiled bool
}

// pool returns the thread's frame pool if frames of code may be reused (frames.Pool),
// else nil.
func (c *call) pool(code *py.Code) *frames.Pool {
	if c.t == nil {
		return nil
	}
	p, _ := c.t.CallState.(*frames.Pool)
	if p == nil {
		p = &frames.Pool{}
		c.t.CallState = p
	}
	if !p.Reusable(code) {
		return nil
	}
	return p
}

// maxDepth bounds the depth of Python calls whatever sys.setrecursionlimit says. CPython
// 3.11's Python-to-Python calls use no C stack, so a limit of a million is reached; each
// gopy call nests Go frames (the VM loop, the call path, this hook: a few kilobytes), and
// Go ends a goroutine whose stack passes its maximum (1 GB) with a fatal error. At this
// depth a thread's stack stays a fraction of that, calls that go through builtins (a key
// function, map, a dunder method) included, so the limit gives RecursionError instead.
const maxDepth = 50_000

// enter is the switch point at the start of a Python call: it finds the calling thread
// (taking the GIL if the caller does not hold it), delivers pending signals and checks the
// recursion limit. On success the caller must call leave when the call ends.
func enter(ctx py.Context) (c call, err error) {
	rt := gil.Of(ctx)
	if rt == nil {
		return c, nil
	}
	c.t = rt.Current()
	if c.t == nil {
		c.t, c.release = rt.Ensure()
	}
	if err := rt.Check(c.t); err != nil {
		if c.release != nil {
			c.release()
		}
		return call{}, err
	}
	if c.t.Depth >= min(rt.RecursionLimit(), maxDepth) {
		if c.release != nil {
			c.release()
		}
		return call{}, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
	}
	c.t.Depth++
	return c, nil
}

// push records that the call runs frame f.
func (c *call) push(f *py.Frame) {
	if c.t != nil {
		c.t.PushFrame(f)
		c.f = f
	}
}

// leave ends a call begun by enter (deferred): it recovers a Go panic into the call's error,
// uncounts the frame and gives back a GIL that enter took.
func (c *call) leave(res *py.Object, err *error) {
	if r := recover(); r != nil {
		*res, *err = nil, panicError(r)
	}
	if c.profiled {
		c.profileReturn(res, err)
	}
	if *err != nil {
		if c.f != nil {
			*err = frames.DropHidden(c.f, *err)
		}
		// The exception keeps its traceback as it leaves each Python frame (__traceback__).
		classes.RecordTraceback(*err)
	}
	if c.t != nil {
		c.t.Depth--
		if c.f != nil {
			c.t.PopFrame()
			if c.reuse != nil && *err == nil && c.t.Handed() == c.handed {
				c.reuse.Put(c.f)
			} else {
				frames.DropStaleOf(c.f)
			}
			c.f = nil
		}
		if c.t.FinalizeAt > c.t.Depth {
			// A frame that made an object with a finalizer has returned (package
			// finalize): one comparison for every other return.
			finalize.AtReturn(c.t, *err != nil)
		}
	}
	if c.release != nil {
		c.release()
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
	if e, ok := r.(runtime.Error); ok && isAllocFailure(e.Error()) {
		// A length no slice can hold: the allocation CPython would have tried fails there.
		return memlimit.Error()
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
	compiler.RT.Reraise = func() error {
		info := classes.ExcInfo()
		if info[1] == py.None {
			return nil
		}
		var tb *py.Traceback
		if t, ok := info[2].(*py.Traceback); ok {
			tb = t
		}
		return py.ExceptionInfo{Type: info[0].(*py.Type), Value: info[1], Traceback: tb}
	}
	compiler.RT.AfterDel = finalize.AtDel
	compiler.RT.AfterRebind = finalize.AtRebind
	objects.CollectGarbage = func() {
		if t := gil.Holding(); t != nil {
			finalize.Budgeted(t.Runtime())
		}
	}
	compiler.RT.Poll = func() error {
		t := gil.Holding()
		if t == nil {
			return nil
		}
		return t.Runtime().Check(t)
	}
}

// isAllocFailure reports whether a Go runtime error's message is that of an allocation
// whose size is out of range (makeslice, growslice, makechan, makemap).
func isAllocFailure(msg string) bool {
	return strings.Contains(msg, "len out of range") || strings.Contains(msg, "cap out of range") ||
		strings.Contains(msg, "size out of range")
}
