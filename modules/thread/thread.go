// Package thread implements Python's _thread module: the thread primitives the threading
// module (package modules/threading, written in Python over these) stands on. The Go
// package is named thread because the go tool ignores directories whose name starts with
// an underscore.
//
// A Python thread is a goroutine with a gil.Thread state; it runs Python holding its
// interpreter's GIL. Locks are token channels whose waits release the GIL (gil.Wait), so a
// blocked thread never stops the others, and the main thread's waits are interrupted by
// signals (Ctrl-C). Besides CPython's public names, _thread has private helpers for
// threading.py: a joinable start, the registry that maps a thread to its threading.Thread
// object, the default excepthook's printing and a property built from Python functions.
package thread

import (
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/builtins"
	pysys "github.com/gopyrt/gopy/modules/sys"
	"github.com/gopyrt/gopy/modules/traceback"
)

// objectKey is the gil.Thread value under which a thread's threading.Thread object is kept.
type objectKey struct{}

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func runtimeOf(self py.Object) (*gil.Runtime, error) {
	rt := gil.Of(ctxOf(self))
	if rt == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "no thread state for this interpreter")
	}
	return rt, nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_thread", Doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."},
		Methods: []*py.Method{
			py.MustNewMethod("start_new_thread", startNewThread, 0, "start_new_thread(function, args[, kwargs])\n\nStart a new thread and return its identifier."),
			py.MustNewMethod("start_new", startNewThread, 0, "An obsolete synonym of start_new_thread()."),
			py.MustNewMethod("allocate_lock", allocateLock, 0, "allocate_lock() -> lock object\n\nCreate a new lock object."),
			py.MustNewMethod("allocate", allocateLock, 0, "An obsolete synonym of allocate_lock()."),
			py.MustNewMethod("RLock", func(self py.Object) (py.Object, error) {
				return &RLock{lock: NewLock(ctxOf(self))}, nil
			}, 0, "RLock() -> a reentrant lock"),
			py.MustNewMethod("get_ident", func(self py.Object) (py.Object, error) {
				return py.Int(currentIdent(ctxOf(self))), nil
			}, 0, "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread."),
			py.MustNewMethod("get_native_id", func(self py.Object) (py.Object, error) {
				if t := gil.Current(ctxOf(self)); t != nil {
					return py.Int(t.NativeID), nil
				}
				return py.Int(0), nil
			}, 0, "get_native_id() -> integer\n\nReturn the native integral Thread ID of the current thread."),
			py.MustNewMethod("_count", func(self py.Object) (py.Object, error) {
				rt, err := runtimeOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(len(rt.Threads()) - 1), nil
			}, 0, "_count() -> integer\n\nReturn the number of currently running Python threads, excluding the main thread."),
			py.MustNewMethod("interrupt_main", interruptMain, 0, "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given signal in the main thread."),
			py.MustNewMethod("_start_joinable", startJoinable, 0, "_start_joinable(function, thread_object) -> handle"),
			py.MustNewMethod("_set_object", setObject, 0, "_set_object(ident, obj): the threading.Thread of a live thread."),
			py.MustNewMethod("_get_object", getObject, 0, "_get_object() -> the threading.Thread of the current thread, or None."),
			py.MustNewMethod("_objects", threadObjects, 0, "_objects() -> list of the threading.Thread objects of the live threads."),
			py.MustNewMethod("_main_ident", func(self py.Object) (py.Object, error) {
				rt, err := runtimeOf(self)
				if err != nil {
					return nil, err
				}
				return py.Int(rt.Main().Ident), nil
			}, 0, "_main_ident() -> the ident of the main thread."),
			py.MustNewMethod("_print_exception", printException, 0, "_print_exception(header, exc): header and traceback on sys.stderr."),
			py.MustNewMethod("_run", run, 0, "_run(fn, *args) -> None, or (type, value, traceback) of the exception fn(*args) raised."),
			py.MustNewMethod("_property", property, 0, "_property(fget, fset=None) -> property calling Python functions."),
		},
		Globals: py.StringDict{
			"LockType":    LockType,
			"TIMEOUT_MAX": py.Float(timeoutMax),
			"error":       py.RuntimeError,
			"_local":      LocalType,
		},
	})
}

func allocateLock(self py.Object) (py.Object, error) { return NewLock(ctxOf(self)), nil }

// callArgs checks start_new_thread's (function, args[, kwargs]).
func callArgs(args py.Tuple) (fn py.Object, fargs py.Tuple, kw py.StringDict, err error) {
	if len(args) < 2 {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	var a, k py.Object = args[1], py.None
	fn = args[0]
	if len(args) == 3 {
		k = args[2]
	}
	if !classes.Callable(fn) {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "first arg must be callable")
	}
	fargs, ok := a.(py.Tuple)
	if !ok {
		return nil, nil, nil, py.ExceptionNewf(py.TypeError, "2nd arg must be a tuple")
	}
	if k != py.None {
		d, ok := k.(py.StringDict)
		if !ok {
			return nil, nil, nil, py.ExceptionNewf(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		kw = d
	}
	return fn, fargs, kw, nil
}

// startNewThread is _thread.start_new_thread: an exception other than SystemExit in the
// function is reported as CPython's unraisable hook does.
func startNewThread(self py.Object, args py.Tuple) (py.Object, error) {
	fn, fargs, kw, err := callArgs(args)
	if err != nil {
		return nil, err
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	ctx := ctxOf(self)
	t := rt.NewThread()
	t.Start(func(t *gil.Thread) {
		if _, err := py.Call(fn, fargs, kw); err != nil && !isSystemExit(err) {
			atexit.ReportUnraisable(ctx, "Exception ignored in thread started by", fn, err)
		}
	})
	return py.Int(t.Ident), nil
}

func isSystemExit(err error) bool {
	var t *py.Type
	switch e := err.(type) {
	case py.ExceptionInfo:
		t = e.Type
	case *py.ExceptionInfo:
		t = e.Type
	case *py.Exception:
		t = e.Type()
	}
	return t != nil && t.IsSubtype(py.SystemExit)
}

// interruptMain is _thread.interrupt_main: the signal's handler runs in the main thread.
func interruptMain(self py.Object, args py.Tuple) (py.Object, error) {
	var sig py.Object = py.Int(2)
	if err := py.UnpackTuple(args, nil, "interrupt_main", 0, 1, &sig); err != nil {
		return nil, err
	}
	n, ok := sig.(py.Int)
	if !ok || n < 1 || n >= 65 {
		return nil, py.ExceptionNewf(py.ValueError, "signal number out of range")
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	rt.Trip(int(n))
	return py.None, nil
}

// Handle is what _start_joinable returns: the started thread, for join and is_alive.
type Handle struct {
	ctx py.Context
	t   *gil.Thread
}

// HandleType is the type of Handle.
var HandleType = py.NewType("_ThreadHandle", "A started thread.")

// Type returns HandleType.
func (h *Handle) Type() *py.Type { return HandleType }

func init() {
	self := func(o py.Object) *Handle { return o.(*Handle) }
	d := HandleType.Dict
	d["join"] = py.MustNewMethod("join", func(o py.Object, args py.Tuple) (py.Object, error) {
		var tmo py.Object = py.None
		if err := py.UnpackTuple(args, nil, "join", 0, 1, &tmo); err != nil {
			return nil, err
		}
		timeout := time.Duration(-1)
		if tmo != py.None {
			secs, err := py.FloatAsFloat64(tmo)
			if err != nil {
				return nil, err
			}
			timeout = max(time.Duration(secs*1e9), 0)
		}
		h := self(o)
		ok, err := gil.Wait(h.ctx, h.t.Done(), timeout)
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}, 0, "join(timeout=None) -> True if the thread has ended.")
	d["is_done"] = py.MustNewMethod("is_done", func(o py.Object) (py.Object, error) {
		select {
		case <-self(o).t.Done():
			return py.True, nil
		default:
			return py.False, nil
		}
	}, 0, "is_done() -> True if the thread has ended.")
	d["ident"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(self(o).t.Ident), nil }}
	d["native_id"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(self(o).t.NativeID), nil }}
}

// startJoinable starts function() in a new thread whose threading.Thread object is obj,
// registered before the thread runs (so enumerate() sees it at once).
func startJoinable(self py.Object, args py.Tuple) (py.Object, error) {
	var fn, obj py.Object
	if err := py.UnpackTuple(args, nil, "_start_joinable", 2, 2, &fn, &obj); err != nil {
		return nil, err
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	ctx := ctxOf(self)
	t := rt.NewThread()
	t.SetValue(objectKey{}, obj)
	h := &Handle{ctx: ctx, t: t}
	t.Start(func(t *gil.Thread) {
		if _, err := py.Call(fn, nil, nil); err != nil && !isSystemExit(err) {
			atexit.ReportUnraisable(ctx, "Exception ignored in thread started by", fn, err)
		}
	})
	return h, nil
}

func setObject(self py.Object, args py.Tuple) (py.Object, error) {
	var id, obj py.Object
	if err := py.UnpackTuple(args, nil, "_set_object", 2, 2, &id, &obj); err != nil {
		return nil, err
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	n, _ := id.(py.Int)
	if t := rt.Thread(int64(n)); t != nil {
		t.SetValue(objectKey{}, obj)
	}
	return py.None, nil
}

func getObject(self py.Object) (py.Object, error) {
	if t := gil.Current(ctxOf(self)); t != nil {
		if obj, ok := t.Value(objectKey{}).(py.Object); ok {
			return obj, nil
		}
	}
	return py.None, nil
}

// threadObjects lists the threading.Thread objects of the live threads, in the order they
// started.
func threadObjects(self py.Object) (py.Object, error) {
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	out := py.NewList()
	for _, t := range rt.Threads() {
		if obj, ok := t.Value(objectKey{}).(py.Object); ok {
			out.Append(obj)
		}
	}
	return out, nil
}

// printException writes header and the report of exc (with traceback tb if it is one) on
// sys.stderr, as threading's default excepthook does.
func printException(self py.Object, args py.Tuple) (py.Object, error) {
	var header, exc, tb py.Object = nil, nil, py.None
	if err := py.UnpackTuple(args, nil, "_print_exception", 2, 3, &header, &exc, &tb); err != nil {
		return nil, err
	}
	h, _ := header.(py.String)
	ctx := ctxOf(self)
	_ = pysys.Flush(ctx)
	write := pysys.Stderr(ctx)
	if t, ok := tb.(*py.Traceback); ok {
		write(string(h) + "\n" + traceback.Format(py.ExceptionInfo{Type: exc.Type(), Value: exc, Traceback: t}))
	} else {
		write(string(h) + "\n" + traceback.FormatValue(exc))
	}
	return py.None, nil
}

// run calls fn() and returns None, or (type, value, traceback) of the exception it raised:
// the traceback of an exception caught in Python is not kept by gpython.
func run(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "_run expected at least 1 argument, got 0")
	}
	_, err := py.Call(args[0], args[1:], nil)
	if err == nil {
		return py.None, nil
	}
	var info py.ExceptionInfo
	switch e := err.(type) {
	case py.ExceptionInfo:
		info = e
	case *py.ExceptionInfo:
		info = *e
	case *py.Exception:
		info = py.ExceptionInfo{Type: e.Type(), Value: e}
	default:
		exc := py.MakeException(err)
		info = py.ExceptionInfo{Type: exc.Type(), Value: exc}
	}
	var tb py.Object = py.None
	if info.Traceback != nil {
		tb = info.Traceback
	}
	return py.Tuple{info.Type, info.Value, tb}, nil
}

// property builds a property from Python getter and setter functions.
func property(self py.Object, args py.Tuple) (py.Object, error) {
	var fget, fset py.Object = nil, py.None
	if err := py.UnpackTuple(args, nil, "_property", 1, 2, &fget, &fset); err != nil {
		return nil, err
	}
	p := &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Call(fget, py.Tuple{o}, nil) }}
	if fset != py.None {
		p.Fset = func(o, v py.Object) error {
			_, err := py.Call(fset, py.Tuple{o, v}, nil)
			return err
		}
	}
	return p, nil
}

// BrokenBarrierError is threading.BrokenBarrierError, a Go type so that it is a real
// exception class whatever the state of the object model (see queue.Empty).
var BrokenBarrierError = classes.NewException(py.RuntimeError, "BrokenBarrierError", "")

func init() {
	builtins.Ready(BrokenBarrierError)
	BrokenBarrierError.Dict["__module__"] = py.String("threading")
	py.GetModuleImpl("_thread").Globals["_BrokenBarrierError"] = BrokenBarrierError
}
