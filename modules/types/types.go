// Package types provides Python's types module, written in Python by gopy (types.py,
// embedded): the names of the builtin types (FunctionType, ModuleType, MethodType,
// GeneratorType ...), SimpleNamespace, MappingProxyType, new_class, prepare_class and
// resolve_bases. The Go side makes module and method objects constructible, as
// types.ModuleType(name) and types.MethodType(function, instance) are in CPython.
package types

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/interp/gil"
)

//go:embed types.py
var source string

func init() {
	gpyhooks.Register("modules/types", func() {
		py.ModuleType.New = newModule
		py.BoundMethodType.New = newMethod
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "types", Doc: "Define names for built-in types that aren't directly accessible as a builtin.", FileDesc: "<frozen types>"},
		CodeSrc: source,
		Methods: []*py.Method{
			py.MustNewMethod("_mark_iterable_coroutine", markIterableCoroutine, 0, "Make the generators of a generator function awaitable (CO_ITERABLE_COROUTINE)."),
		},
	})
}

// markIterableCoroutine sets CO_ITERABLE_COROUTINE on the code of a generator function, as
// types.coroutine does (CPython replaces the code object by a copy with the flag; the code
// is changed in place here, so that the tables kept beside it stay valid).
func markIterableCoroutine(self, fn py.Object) (py.Object, error) {
	f, ok := fn.(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a function, got %s", fn.Type().Name)
	}
	f.Code.Flags |= compiler.CoIterableCoroutine
	return py.None, nil
}

// newModule is module(name, doc=None): an empty module of the running interpreter.
func newModule(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, doc py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:module", []string{"name", "doc"}, &name, &doc); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module.__init__() argument 'name' must be str, not %s", name.Type().Name)
	}
	var ctx py.Context
	if th := gil.Holding(); th != nil {
		ctx = th.Runtime().Context()
	}
	return &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: string(s)}},
		Globals: py.StringDict{
			"__name__": s, "__doc__": doc, "__package__": py.None,
			"__loader__": py.None, "__spec__": py.None,
		},
		Context: ctx,
	}, nil
}

// newMethod is method(function, instance): function bound to instance.
func newMethod(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "method expected 2 arguments, got %d", len(args))
	}
	if _, ok := args[0].(py.I__call__); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be callable")
	}
	if args[1] == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "instance must not be None")
	}
	return py.NewBoundMethod(args[1], args[0]), nil
}

// ClassGetItem returns classmethod(types.GenericAlias) for the Dict of a Go-made class, as
// CPython's library classes declare `__class_getitem__ = classmethod(GenericAlias)`: C[int]
// is then types.GenericAlias(C, int) (classes.GenericAlias).
func ClassGetItem() *py.ClassMethod { return classes.ClassGetItem }
