// Package futures provides Python's concurrent.futures (and the concurrent package that
// holds it), written in Python by gopy and embedded: _base.py (Future, Executor, wait,
// as_completed), thread.py (ThreadPoolExecutor) and process.py (ProcessPoolExecutor, on
// gopy's multiprocessing: its Process, Queue, SimpleQueue, Pipe and connection.wait).
// The files mirror CPython's Lib/concurrent/futures; each is a module of its own.
package futures

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

var (
	//go:embed __init__.py
	initSource string
	//go:embed _base.py
	baseSource string
	//go:embed thread.py
	threadSource string
	//go:embed process.py
	processSource string
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "concurrent", Doc: "", FileDesc: "<frozen concurrent>"},
		CodeSrc: "__path__ = []\n",
	})
	for _, m := range []struct{ name, doc, src string }{
		{"concurrent.futures", "Execute computations asynchronously using threads or processes.", initSource},
		{"concurrent.futures._base", "", baseSource},
		{"concurrent.futures.thread", "Implements ThreadPoolExecutor.", threadSource},
		{"concurrent.futures.process", "Implements ProcessPoolExecutor.", processSource},
	} {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: m.name, Doc: m.doc, FileDesc: "<frozen " + m.name + ">"},
			CodeSrc: m.src,
		})
	}
}
