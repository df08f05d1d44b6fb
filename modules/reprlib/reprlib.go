// Package reprlib provides Python's reprlib module, written in Python by gopy (reprlib.py,
// embedded): Repr's size-limited reprs with CPython 3.11's limits, truncation points and
// per-type dispatch (repr_<typename> methods a subclass may add), and recursive_repr.
package reprlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed reprlib.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "reprlib", Doc: "Redo the builtin repr() (representation) but with limits on most sizes.", FileDesc: "<frozen reprlib>"},
		CodeSrc: source,
	})
}
