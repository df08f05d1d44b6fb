// Package string provides Python's string module, written in Python by gopy (string.py,
// embedded): it replaces gpython's, which has the constants only, and adds Template (the
// $-substitutions logging's "$" style stands on) and Formatter (whose parse() logging's
// "{" style validates formats with), with CPython 3.11's results and messages.
package string

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // gpython's string is registered first: this replaces it
)

//go:embed string.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "string", Doc: "A collection of string constants.", FileDesc: "<frozen string>"},
		CodeSrc: source,
	})
}
