package interp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
	pysys "github.com/gopyrt/gopy/modules/sys"
	"github.com/gopyrt/gopy/modules/traceback"
)

// ErrClosed is returned by the methods of an interpreter that has been closed.
var ErrClosed = errors.New("interp: the interpreter is closed")

// Error is a Python exception that reached Go: Exec, Eval and Call return one when the code
// they run raises. Its fields are what CPython would print for it.
type Error struct {
	// Type is the exception's class name as CPython's traceback prints it: "ValueError",
	// or qualified with its module ("json.decoder.JSONDecodeError") unless that is
	// builtins or __main__.
	Type string
	// Message is str() of the exception ("" for ValueError()).
	Message string
	// Traceback is the full report CPython's traceback.print_exception gives, chained
	// exceptions first, ending with the line "Type: Message\n".
	Traceback string
	// Value is the exception object itself.
	Value py.Object

	cause error // what the exception stands for in Go (context.Canceled, ...), or nil
}

// Error returns the last line of the report: "Type: Message", or "Type" alone when the
// message is empty.
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the Go error the exception stands for: the context's error when the code
// was stopped by the cancellation of the context.Context given to Exec, Eval or Call (so
// errors.Is(err, context.Canceled) holds), nil otherwise.
func (e *Error) Unwrap() error { return e.cause }

// Is reports whether e is a Python exception of the class named name or a subclass of it
// (as the class's __name__, "ValueError", or with its module, "json.decoder.JSONDecodeError").
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok || t.Value != nil || t.Message != "" || t.Traceback != "" {
		return false
	}
	typ := e.Value.Type()
	if c, ok := e.Value.(*py.Type); ok {
		typ = c
	}
	for _, base := range typ.Mro {
		if b, ok := base.(*py.Type); ok && (traceback.TypeName(b) == t.Type || b.Name == t.Type) {
			return true
		}
	}
	return false
}

// newError converts what gpython returns for an exception into an *Error; ctx is the
// context the code ran under (a cancellation of it is what a Cancelled exception stands
// for). Errors that are not Python exceptions (ErrClosed) are returned unchanged.
func newError(ctx context.Context, err error) error {
	if err == nil || errors.Is(err, ErrClosed) {
		return err
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	info := traceback.Info(err)
	e = &Error{Value: info.Value, Traceback: traceback.Format(info)}
	if info.Type != nil {
		e.Type = traceback.TypeName(info.Type)
	}
	if c, ok := info.Value.(*py.Type); ok {
		e.Type = traceback.TypeName(c)
	} else if info.Value != nil {
		e.Message = traceback.Message(info.Value)
	}
	if info.Type != nil && info.Type.IsSubtype(Cancelled) && ctx != nil && ctx.Err() != nil {
		e.cause = ctx.Err()
	}
	return e
}

// Exec runs Python code in the interpreter's __main__ module and returns its namespace.
// The code is src when src is not nil (a string, a []byte decoded as CPython decodes a
// source file, or an io.Reader read whole) and the contents of the file filename otherwise;
// filename is what tracebacks show ("<string>" is usual for src). Several Exec calls run
// in the same __main__ namespace, one after the other, like the cells of a notebook; no
// exit path runs (see Run).
//
// A Python exception the code does not catch is returned as an *Error. When ctx is
// cancelled, the running code gets a Cancelled exception at its next call or loop
// iteration, or at once if it waits (time.sleep, a lock, a queue, a pipe); if it is not
// caught, Exec returns an *Error that unwraps to ctx.Err().
//
// The namespace returned is the live dictionary of __main__: read it only while no Python
// thread of the interpreter runs, or through Eval and Call.
func (it *Interp) Exec(ctx context.Context, filename string, src any) (py.StringDict, error) {
	text, err := readSource(filename, src)
	if err != nil {
		return nil, err
	}
	if filename == "" {
		filename = "<string>"
	}
	var globals py.StringDict
	err = it.enter(ctx, func() error {
		m, err := it.mainModule()
		if err != nil {
			return err
		}
		globals = m.Globals
		if src == nil {
			// a file runs with its __file__, as runpy.run_path runs one (spawned
			// children import the main module again from it)
			m.Globals["__file__"] = py.String(mainFile(filename))
		}
		return RunModuleSource(it.ctx, m, text, filename)
	})
	return globals, newError(ctx, err)
}

// Eval evaluates a Python expression in the __main__ namespace (the one Exec runs in) and
// returns its value. Exceptions and cancellation are as for Exec.
func (it *Interp) Eval(ctx context.Context, expr string) (py.Object, error) {
	var res py.Object
	err := it.enter(ctx, func() error {
		m, err := it.mainModule()
		if err != nil {
			return err
		}
		code, err := py.Compile(expr, "<string>", py.EvalMode, 0, true)
		if err != nil {
			return err
		}
		res, err = evalCode(it.ctx, code, m.Globals)
		return err
	})
	return res, newError(ctx, err)
}

// evalCode runs code in globals, a Go panic in the runtime becoming a Python exception.
func evalCode(ctx py.Context, code *py.Code, globals py.StringDict) (res py.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, panicError(r)
		}
	}()
	return py.VmEvalCode(ctx, code, globals, globals, nil, nil, nil, nil, nil)
}

// readSource returns the text of Exec's code: src, or the file's contents.
func readSource(filename string, src any) (string, error) {
	var b []byte
	switch s := src.(type) {
	case string:
		return s, nil
	case []byte:
		b = s
	case io.Reader:
		var err error
		if b, err = io.ReadAll(s); err != nil {
			return "", err
		}
	case nil:
		var err error
		if b, err = os.ReadFile(filename); err != nil {
			return "", err
		}
	default:
		return "", fmt.Errorf("interp: source of type %T: want string, []byte or io.Reader", src)
	}
	return compiler.DecodeSource(b, filename)
}

// mainModule returns the module __main__ that Exec and Eval run in, making it the first
// time (or when a Run has replaced it, the new one). The caller holds the GIL.
func (it *Interp) mainModule() (*py.Module, error) {
	if m, err := it.ctx.GetModule("__main__"); err == nil {
		return m, nil
	}
	return it.newMain("", nil)
}

// newMain makes a fresh module __main__ (file name filename, "" for none; __package__ pkg
// when it is not nil) and registers it in sys.modules.
func (it *Interp) newMain(filename string, pkg py.Object) (*py.Module, error) {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}}
	if filename != "" && filename[0] != '<' {
		impl.Info.FileDesc = filename
	}
	m, err := it.ctx.Store().NewModule(it.ctx, impl)
	if err != nil {
		return nil, err
	}
	m.Globals["__doc__"] = py.None
	// As in CPython: the builtins module in __main__, its dict in imported modules.
	m.Globals["__builtins__"] = it.ctx.Store().Builtins
	if pkg != nil {
		m.Globals["__package__"] = pkg
	}
	if err := importlib.Register(it.ctx, "__main__", m); err != nil {
		return nil, err
	}
	return m, nil
}

// enter runs fn holding the interpreter's GIL as the calling goroutine's thread (see
// gil.Runtime.Enter), with ctx's cancellation delivered to that thread as a Cancelled
// exception. Every entry from Go into Python goes through here.
func (it *Interp) enter(ctx context.Context, fn func() error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		if it.closed.Load() {
			return ErrClosed
		}
		return it.cancelledNow(ctx, err)
	}
	if !it.begin() {
		return ErrClosed
	}
	defer it.entries.Done()
	t, release := it.rt.Enter()
	if it.closed.Load() {
		// Close ran while this entry waited for the GIL.
		release()
		return ErrClosed
	}
	prev := t.Value(ctxKey{})
	t.SetValue(ctxKey{}, ctx)
	stop := watch(ctx, t)
	err := fn()
	stop()
	if len(it.stdio.copiers) > 0 {
		_ = pysys.Flush(it.ctx)
	}
	t.SetValue(ctxKey{}, prev)
	release()
	it.stdio.drain()
	return err
}

// cancelledNow is the error of an entry whose context was cancelled before it started.
func (it *Interp) cancelledNow(ctx context.Context, cause error) error {
	exc, err := py.ExceptionNew(Cancelled, py.Tuple{py.String(cause.Error())}, nil)
	if err != nil {
		return err
	}
	return &Error{Type: traceback.TypeName(Cancelled), Message: cause.Error(), Value: exc,
		Traceback: traceback.ExceptionLine(exc) + "\n", cause: cause}
}

// watch delivers ctx's cancellation to thread t until the returned function is called.
func watch(ctx context.Context, t *gil.Thread) (stop func()) {
	done := ctx.Done()
	if done == nil {
		return func() {}
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	var withdraw func()
	go func() {
		defer close(finished)
		select {
		case <-done:
			withdraw = t.Interrupt(func() error {
				return py.ExceptionNewf(Cancelled, "%s", ctx.Err().Error())
			})
		case <-quit:
		}
	}()
	return func() {
		close(quit)
		<-finished
		if withdraw != nil {
			withdraw()
		}
	}
}

// Call calls fn with args converted to Python values (see FromGo) and returns its result.
// fn is a Python callable (a py.Object) or the name of one in the __main__ namespace, with
// attributes after dots ("json.dumps" once the script has imported json). A last argument
// of type Kwargs gives keyword arguments. Call may be made from any goroutine, while a
// script runs or not, and from a Go function that Python called; exceptions and
// cancellation are as for Exec. Convert the result with ToGo.
func (it *Interp) Call(ctx context.Context, fn any, args ...any) (py.Object, error) {
	var res py.Object
	err := it.enter(ctx, func() error {
		callable, err := it.lookup(fn)
		if err != nil {
			return err
		}
		var kwargs py.StringDict
		if n := len(args); n > 0 {
			if kw, ok := args[n-1].(Kwargs); ok {
				args = args[:n-1]
				kwargs = py.NewStringDict()
				for k, v := range kw {
					if kwargs[k], err = FromGo(v); err != nil {
						return err
					}
				}
			}
		}
		pargs := make(py.Tuple, len(args))
		for i, a := range args {
			if pargs[i], err = FromGo(a); err != nil {
				return err
			}
		}
		res, err = callPy(callable, pargs, kwargs)
		return err
	})
	return res, newError(ctx, err)
}

// Kwargs are keyword arguments, as the last argument of Call.
type Kwargs map[string]any

// callPy is py.Call with Go panics of the runtime made Python exceptions.
func callPy(fn py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, panicError(r)
		}
	}()
	return py.Call(fn, args, kwargs)
}

// lookup resolves Call's fn.
func (it *Interp) lookup(fn any) (py.Object, error) {
	switch f := fn.(type) {
	case py.Object:
		return f, nil
	case string:
		m, err := it.mainModule()
		if err != nil {
			return nil, err
		}
		first, rest, _ := strings.Cut(f, ".")
		obj, ok := m.Globals[first]
		if !ok {
			return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", first)
		}
		for rest != "" {
			var attr string
			attr, rest, _ = strings.Cut(rest, ".")
			if obj, err = py.GetAttrString(obj, attr); err != nil {
				return nil, err
			}
		}
		return obj, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "interp.Call: fn of Go type %T is neither a Python object nor a name", fn)
}
