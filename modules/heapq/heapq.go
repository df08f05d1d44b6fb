// Package heapq provides Python's heapq module, written in Python by gopy (heapq.py,
// embedded): heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest and
// nsmallest. The sift order is CPython's, so a heap's list holds its items in the positions
// python3 gives them (scripts print heaps).
package heapq

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
)

//go:embed heapq.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "heapq", Doc: "Heap queue algorithm (a.k.a. priority queue).", FileDesc: "<frozen heapq>"},
		CodeSrc: source,
	})
}
