// Package numbers registers Python's numbers module: numbers.py, written for gopy (CPython's Lib/numbers.py
// is the specification).
package numbers

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed numbers.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "numbers", Doc: "Abstract Base Classes (ABCs) for numbers, according to PEP 3141.", FileDesc: "<frozen numbers>"},
		CodeSrc: source,
	})
}
