// Package uuid registers Python's uuid module: uuid.py, written for gopy (CPython's Lib/uuid.py
// is the specification).
package uuid

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed uuid.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "uuid", Doc: "UUID objects (universally unique identifiers) according to RFC 4122.", FileDesc: "<frozen uuid>"},
		CodeSrc: source,
	})
}
