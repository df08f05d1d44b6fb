// Package io provides a subset of Python's io module, written in Python by gopy (io.py,
// embedded): StringIO and BytesIO (in-memory streams with CPython's reading, writing,
// seeking and errors), the IOBase family as base classes, UnsupportedOperation, the SEEK_*
// constants, and open as the builtin (open.go: CPython's argument checks and open(2) flags).
// File objects themselves remain gpython's, wrapped by objects.File so that they iterate.
package io

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
)

//go:embed io.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "io", Doc: "The io module provides the Python interfaces to stream handling.", FileDesc: "<frozen io>"},
		CodeSrc: source,
	})
}
