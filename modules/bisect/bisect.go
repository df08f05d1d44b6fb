// Package bisect provides Python's bisect module, written in Python by gopy (bisect.py,
// embedded): bisect_left, bisect_right, insort_left, insort_right (with lo, hi and key) and
// the bisect and insort aliases.
package bisect

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
)

//go:embed bisect.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "bisect", Doc: "Bisection algorithms.", FileDesc: "<frozen bisect>"},
		CodeSrc: source,
	})
}
