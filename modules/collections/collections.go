// Package collections provides Python's collections module and the _collections module
// beneath it, written in Python (embedded sources) by gopy: namedtuple (pickled by
// reference to the module that created it, as in CPython), deque, defaultdict, OrderedDict,
// Counter, ChainMap, UserDict, UserList and UserString, with CPython 3.11's reprs and error messages; and collections.abc
// (abc.py, abc_containers.py and abc_async.py), the ABCs with their mixin methods.
//
// deque keeps its items in a list (popleft is linear, which is fine for the queue lengths
// scripts use); OrderedDict is a dict subclass, since gopy's dict keeps insertion order.
// The Go side is the registration and _collections._caller_module, the module name of a
// calling frame (CPython's namedtuple reads sys._getframe(1).f_globals['__name__']).
package collections

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/interp/gil"
)

var (
	//go:embed _collections.py
	lowSource string
	//go:embed collections.py
	source string
	//go:embed counter.py
	counterSource string
	//go:embed user.py
	userSource string
	//go:embed abc.py
	abcSource string
	//go:embed abc_containers.py
	abcContainers string
	//go:embed abc_async.py
	abcAsync string
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_collections", Doc: "High performance data structures.", FileDesc: "<frozen _collections>"},
		Methods: []*py.Method{py.MustNewMethod("_caller_module", callerModule, 0,
			"_caller_module(depth) -> the __name__ of the module of the Python call depth levels out from the caller, or '__main__'.")},
		CodeSrc: lowSource,
	})
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "collections", Doc: "Container datatypes", FileDesc: "<frozen collections>"},
	}, source, counterSource, userSource)
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "collections.abc", Doc: "Abstract Base Classes (ABCs) for collections, according to PEP 3119.", FileDesc: "<frozen collections.abc>"},
	}, abcSource, abcContainers, abcAsync)
}

// callerModule is _collections._caller_module(depth): sys._getframe(depth + 1)
// .f_globals.get('__name__', '__main__') seen from the Python function that calls it (the Go
// call itself is no frame).
func callerModule(self py.Object, args py.Tuple) (py.Object, error) {
	var depth py.Object = py.Int(0)
	if err := py.UnpackTuple(args, nil, "_caller_module", 0, 1, &depth); err != nil {
		return nil, err
	}
	n, ok := depth.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	ctx := self.(*py.Module).Context
	if t := gil.Current(ctx); t != nil {
		if g := t.GlobalsAt(int(n)); g != nil {
			if name, ok := g["__name__"].(py.String); ok {
				return name, nil
			}
		}
	}
	return py.String("__main__"), nil
}
