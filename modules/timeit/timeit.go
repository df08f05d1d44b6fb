// Package timeit provides Python's timeit module, written in Python by gopy (timeit.py,
// embedded): Timer compiles the timed statement into a loop once, as CPython's does, and
// `gopy -m timeit` prints CPython's report and options.
package timeit

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed timeit.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "timeit", Doc: "Tool for measuring execution time of small code snippets.", FileDesc: "<frozen timeit>"},
		CodeSrc: source,
	})
}
