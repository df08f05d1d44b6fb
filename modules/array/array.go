// Package array registers Python's array module: array.py, written for gopy (CPython
// 3.11's documentation and Modules/arraymodule.c are the specification). An array keeps
// its items as Python values fitted to the type code's C type, with the C conversions'
// range checks and messages; struct makes their machine (little-endian) bytes for
// tobytes, files and pickles, which are CPython's (_array_reconstructor with its machine
// format codes from protocol 3).
package array

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed array.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "array", Doc: "Efficient arrays of numeric values.", FileDesc: "<frozen array>"},
		CodeSrc: source,
	})
}
