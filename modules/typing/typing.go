// Package typing provides a subset of Python's typing module, written in Python by gopy
// (typing.py, embedded): the names scripts import for annotations (List, Dict, Optional,
// Union, Callable, TypeVar, Generic, Protocol, cast, overload ...), subscriptable and printed
// as CPython's. gopy's compiler drops annotations, so nothing is checked and the class
// syntax of NamedTuple and TypedDict is missing.
package typing

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	_ "github.com/gopyrt/gopy/modules/collections" // collections.abc, which typing.py imports
)

//go:embed typing.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "typing", Doc: "The typing module: Support for type hints.", FileDesc: "<frozen typing>"},
		CodeSrc: source,
	})
}
