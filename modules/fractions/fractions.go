// Package fractions registers Python's fractions module: fractions.py, written for gopy (CPython's Lib/fractions.py
// is the specification).
package fractions

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed fractions.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "fractions", Doc: "Fraction, Rational, as numerator and denominator in lowest terms.", FileDesc: "<frozen fractions>"},
		CodeSrc: source,
	})
}
