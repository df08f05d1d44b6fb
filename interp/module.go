package interp

import (
	"context"
	"errors"
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
	"github.com/gopyrt/gopy/modules/multiprocessing"
)

// Module is a Python module written by the embedding program in Go (Options.Modules): the
// script imports it by Name. It exists in the interpreters whose Options list it, and in
// the multiprocessing children they start when the program calls Main at the top of its
// main function with it listed (see Main).
type Module struct {
	// Name is the module's name for import.
	Name string
	// Doc is its __doc__.
	Doc string
	// Funcs are its functions.
	Funcs map[string]Func
	// Values are its other attributes, converted by FromGo when the module is made.
	Values map[string]any
}

// Func is a function of a Module. Python's arguments arrive converted by ToGo (a Python
// object ToGo cannot convert makes the call a TypeError before the function runs); keyword
// arguments, if any, come last as a Kwargs. The result is converted by FromGo. The function
// runs without the GIL, so Python threads go on meanwhile; ctx is the context of the Exec,
// Eval or Call running the code that called it (context.Background() in a run or a child),
// and may be passed to the interpreter's methods to call back into Python.
//
// An error it returns is raised in Python: an *Error with just Type and Message set raises
// that builtin exception (&Error{Type: "ValueError", Message: "bad"}), an *Error that came
// from Python raises its exception again, and any other error raises RuntimeError with the
// error's text.
type Func func(ctx context.Context, args ...any) (any, error)

// ctxKey is the key of an entry's context among a thread's values.
type ctxKey struct{}

// entryContext is the context of the entry from Go that the thread runs under.
func entryContext(pctx py.Context) context.Context {
	if t := gil.Current(pctx); t != nil {
		if c, ok := t.Value(ctxKey{}).(context.Context); ok {
			return c
		}
	}
	return context.Background()
}

// installModules makes the host modules of an interpreter and registers them in its
// sys.modules.
func (it *Interp) installModules(mods []*Module) error {
	for _, mod := range mods {
		impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: mod.Name, Doc: mod.Doc}, Globals: py.StringDict{}}
		for name, v := range mod.Values {
			o, err := FromGo(v)
			if err != nil {
				return err
			}
			impl.Globals[name] = o
		}
		names := make([]string, 0, len(mod.Funcs))
		for name := range mod.Funcs {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			impl.Methods = append(impl.Methods, hostMethod(it.ctx, mod.Name, name, mod.Funcs[name]))
		}
		// A 'fork' child imports the module (it has it when the program calls Main)
		// instead of receiving it by value.
		multiprocessing.ImportInChildren(impl)
		m, err := it.ctx.Store().NewModule(it.ctx, impl)
		if err != nil {
			return err
		}
		if err := importlib.Register(it.ctx, mod.Name, m); err != nil {
			return err
		}
	}
	return nil
}

// hostMethod wraps a Func as a Python function of module modName.
func hostMethod(pctx py.Context, modName, name string, fn Func) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		gargs := make([]any, 0, len(args)+1)
		for _, a := range args {
			g, err := ToGo(a)
			if err != nil {
				return nil, err
			}
			gargs = append(gargs, g)
		}
		if len(kwargs) > 0 {
			kw := Kwargs{}
			for k, v := range kwargs {
				g, err := ToGo(v)
				if err != nil {
					return nil, err
				}
				kw[k] = g
			}
			gargs = append(gargs, kw)
		}
		ctx := entryContext(pctx)
		var res any
		var err error
		gil.Unlocked(pctx, func() { res, err = fn(ctx, gargs...) })
		if err != nil {
			return nil, raiseFromGo(pctx, err)
		}
		return FromGo(res)
	}, 0, name+"(...)\n\nA function of the embedding program's module "+modName+".")
}

// raiseFromGo is the Python exception for an error a host function returned.
func raiseFromGo(pctx py.Context, err error) error {
	var e *Error
	if errors.As(err, &e) {
		if e.Value != nil {
			if exc, ok := e.Value.(*py.Exception); ok {
				return exc
			}
		}
		if t, ok := pctx.Store().Builtins.Globals[e.Type].(*py.Type); ok && t.IsSubtype(py.BaseException) {
			return py.ExceptionNewf(t, "%s", e.Message)
		}
	}
	return py.ExceptionNewf(py.RuntimeError, "%s", err.Error())
}
