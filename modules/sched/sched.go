// Package sched provides Python's sched module, written in Python by gopy (sched.py,
// embedded): a scheduler of Event named tuples on a heap ordered by (time, priority,
// sequence), run with pluggable time and delay functions, as CPython 3.11's.
package sched

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed sched.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "sched", Doc: "A generally useful event scheduler class.", FileDesc: "<frozen sched>"},
		CodeSrc: source,
	})
}
