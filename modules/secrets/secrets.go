// Package secrets provides Python's secrets module, written in Python by gopy (secrets.py,
// embedded): tokens and choices drawn from random.SystemRandom (the system's random
// source), with CPython 3.11's names, defaults and errors.
package secrets

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed secrets.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "secrets", Doc: "Generate cryptographically strong pseudo-random numbers suitable for managing secrets.", FileDesc: "<frozen secrets>"},
		CodeSrc: source,
	})
}
