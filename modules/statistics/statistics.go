// Package statistics registers Python's statistics module: statistics.py, written for
// gopy (CPython 3.11's documentation and Lib/statistics.py are the specification). Means
// and variances sum exactly on Fractions and convert once to the data's type; standard
// deviations are correctly rounded square roots of the exact variance; NormalDist's
// inverse is Wichura's AS241, evaluated as CPython evaluates it, so results agree to the
// bit.
package statistics

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed statistics.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "statistics", Doc: "Basic statistics module.", FileDesc: "<frozen statistics>"},
		CodeSrc: source,
	})
}
