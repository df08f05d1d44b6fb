// Package typing provides Python's typing module, written in Python by gopy (four embedded
// files concatenated into one module): the special forms and the alias classes
// (typing.py); TypeVar, ParamSpec, Generic, Protocol, runtime_checkable and the aliases of
// the builtin and collections.abc classes (generics.py); get_type_hints, get_origin,
// get_args, cast, overload, final, NewType and the other helpers (hints.py); NamedTuple,
// TypedDict, the Supports* protocols and IO (records.py). Reprs, equality, subscription
// rules and messages are CPython 3.11's; nothing is checked statically.
package typing

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/libsrc"
	_ "github.com/gopyrt/gopy/modules/collections" // collections.abc, which typing.py imports
)

var (
	//go:embed typing.py
	formsSource string
	//go:embed generics.py
	genericsSource string
	//go:embed hints.py
	hintsSource string
	//go:embed records.py
	recordsSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "typing", Doc: "The typing module: Support for type hints.", FileDesc: "<frozen typing>"},
	}, formsSource, genericsSource, hintsSource, recordsSource)
}
