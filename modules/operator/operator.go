// Package operator provides Python's operator module, written in Python by gopy
// (operator.py, embedded): the function forms of every operator (add, lt, getitem, iadd...
// and their __dunder__ aliases), itemgetter, attrgetter and methodcaller with CPython's
// reprs, pickling and errors. matmul is computed through __matmul__/__rmatmul__, since
// gopy's parser has no @ operator.
package operator

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
)

//go:embed operator.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "operator", Doc: "Operator interface.", FileDesc: "<frozen operator>"},
		CodeSrc: source,
	})
}
