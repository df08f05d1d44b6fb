// Package queue implements Python's queue module as Python source (queue.py, embedded)
// over threading's Condition, as CPython does: Queue, LifoQueue, PriorityQueue (a binary
// heap written in the source, since gpython has no heapq), SimpleQueue, Empty and Full.
package queue

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	_ "github.com/gopyrt/gopy/modules/threading" // threading, which queue.py imports
)

//go:embed queue.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "queue", Doc: "A multi-producer, multi-consumer queue.", FileDesc: "queue.py"},
		CodeSrc: source,
	})
}
