// Package atexit implements Python's atexit module: callbacks run last-in first-out when an
// interpreter exits, on every exit path (normal end, SystemExit, uncaught exception).
//
// Each interpreter (py.Context) has its own registry. The interpreter's exit path calls
// RunExitFuncs; a callback that raises is reported on sys.stderr as CPython 3.11 reports it
// ("Exception ignored in atexit callback: ...") and the others still run. As in CPython,
// unregister empties the slots of a callback without shrinking the count _ncallbacks reports,
// and callbacks registered while the callbacks run are dropped.
package atexit

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/finalize"

	pysys "github.com/gopyrt/gopy/modules/sys"
)

type callback struct {
	fn     py.Object
	args   py.Tuple
	kwargs py.StringDict
}

// registry is one interpreter's list of callbacks; nil entries are unregistered slots.
type registry struct {
	mu        sync.Mutex
	callbacks []*callback
}

var (
	mu         sync.Mutex
	registries = map[py.Context]*registry{}
)

func registryOf(ctx py.Context) *registry {
	mu.Lock()
	defer mu.Unlock()
	r, ok := registries[ctx]
	if !ok {
		r = &registry{}
		registries[ctx] = r
	}
	return r
}

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func init() {
	finalize.Report = ReportUnraisable
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "atexit",
			Doc:  "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
		},
		Methods: []*py.Method{
			py.MustNewMethod("register", register, 0, "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination."),
			py.MustNewMethod("unregister", unregister, 0, "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register"),
			py.MustNewMethod("_run_exitfuncs", func(self py.Object) (py.Object, error) {
				RunExitFuncs(ctxOf(self))
				return py.None, nil
			}, 0, "_run_exitfuncs() -> None\n\nRun all registered exit functions."),
			py.MustNewMethod("_clear", func(self py.Object) (py.Object, error) {
				Clear(ctxOf(self))
				return py.None, nil
			}, 0, "_clear() -> None\n\nClear the list of previously registered exit functions."),
			py.MustNewMethod("_ncallbacks", func(self py.Object) (py.Object, error) {
				r := registryOf(ctxOf(self))
				r.mu.Lock()
				defer r.mu.Unlock()
				return py.Int(len(r.callbacks)), nil
			}, 0, "_ncallbacks() -> int\n\nReturn the number of registered exit functions."),
		},
		OnContextClosed: func(m *py.Module) {
			mu.Lock()
			delete(registries, m.Context)
			mu.Unlock()
		},
	})
}

func register(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "register() takes at least 1 argument (0 given)")
	}
	if !classes.Callable(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "the first argument must be callable")
	}
	Register(ctxOf(self), args[0], args[1:], kwargs)
	return args[0], nil
}

// Register adds a callback to ctx's registry, as atexit.register does.
func Register(ctx py.Context, fn py.Object, args py.Tuple, kwargs py.StringDict) {
	r := registryOf(ctx)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.callbacks = append(r.callbacks, &callback{fn: fn, args: args.Copy(), kwargs: kwargs.Copy()})
}

func unregister(self py.Object, fn py.Object) (py.Object, error) {
	Unregister(ctxOf(self), fn)
	return py.None, nil
}

// Unregister removes fn from ctx's registry, as atexit.unregister does.
func Unregister(ctx py.Context, fn py.Object) {
	r := registryOf(ctx)
	r.mu.Lock()
	cbs := append([]*callback(nil), r.callbacks...)
	r.mu.Unlock()
	for i, cb := range cbs {
		if cb == nil {
			continue
		}
		if equal(cb.fn, fn) {
			r.mu.Lock()
			if i < len(r.callbacks) && r.callbacks[i] == cb {
				r.callbacks[i] = nil
			}
			r.mu.Unlock()
		}
	}
}

// equal is cb == fn as unregister compares: identity, else the objects' own __eq__.
func equal(a, b py.Object) bool {
	if a == b {
		return true
	}
	eq, err := py.Eq(a, b)
	return err == nil && eq == py.True
}

// Clear empties ctx's registry, as atexit._clear does.
func Clear(ctx py.Context) {
	r := registryOf(ctx)
	r.mu.Lock()
	r.callbacks = nil
	r.mu.Unlock()
}

// RunExitFuncs calls ctx's callbacks last-in first-out, reports those that raise on
// sys.stderr, then clears the registry.
func RunExitFuncs(ctx py.Context) {
	r := registryOf(ctx)
	r.mu.Lock()
	cbs := r.callbacks
	r.mu.Unlock()
	for i := len(cbs) - 1; i >= 0; i-- {
		r.mu.Lock()
		var cb *callback
		if i < len(r.callbacks) {
			cb = r.callbacks[i]
		}
		r.mu.Unlock()
		if cb == nil {
			continue
		}
		if _, err := py.Call(cb.fn, cb.args, cb.kwargs); err != nil {
			ReportUnraisable(ctx, "Exception ignored in atexit callback", cb.fn, err)
		}
	}
	r.mu.Lock()
	r.callbacks = nil
	r.mu.Unlock()
}

// ReportUnraisable reports an exception nobody can catch through sys.unraisablehook
// (CPython's "<msg>: <repr(obj)>" and the traceback on sys.stderr by default).
func ReportUnraisable(ctx py.Context, msg string, obj py.Object, err error) {
	pysys.ReportUnraisable(ctx, msg, obj, err)
}
