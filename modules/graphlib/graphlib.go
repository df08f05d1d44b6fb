// Package graphlib provides Python's graphlib module, written in Python by gopy
// (graphlib.py, embedded): TopologicalSorter hands out nodes in the order CPython 3.11's
// does (ready nodes in insertion order, successors as their last predecessor is done) and
// reports the same cycle in CycleError (the first one a depth-first walk from the
// insertion order meets).
package graphlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed graphlib.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "graphlib", Doc: "Topological sorting of graphs of hashable nodes.", FileDesc: "<frozen graphlib>"},
		CodeSrc: source,
	})
}
