// Package asyncio provides Python's asyncio package, written in Python by gopy and
// embedded, one module per file as in CPython's Lib/asyncio: the event loop (events.py,
// base_events.py, selector_events.py over the selectors module, unix_events.py with
// signal handlers and child processes), futures.py and tasks.py (a Task steps its
// coroutine with send/throw from loop callbacks), runners.py (asyncio.run), timeouts.py,
// taskgroups.py, locks.py, queues.py, threads.py, streams.py and subprocess.py over the
// socket transports of selector_transports.py, the pipe transports of unix_events.py
// and the child processes of base_subprocess.py.
//
// Everything is Python: the loop's work is bookkeeping between blocking selector waits
// (which release the GIL), so Go would buy little here.
package asyncio

import (
	"embed"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed *.py
var sources embed.FS

// docs gives the docstrings of the modules, as CPython's (the first line of each).
var docs = map[string]string{
	"asyncio":         "The asyncio package, tracking PEP 3156.",
	"asyncio.events":  "Event loop and event loop policy.",
	"asyncio.futures": "A Future class similar to the one in PEP 3148.",
	"asyncio.tasks":   "Support for tasks, coroutines and the scheduler.",
}

func init() {
	// What CPython implements in C (its _asyncio module) leaves no traceback entry: an
	// exception a task raised reads from the awaiting coroutine straight into the task's.
	frames.HideFrames("<frozen asyncio.futures>", "result", "exception", "__await__")
	frames.HideFrames("<frozen asyncio.tasks>", "__step", "task_wakeup")
	entries, err := sources.ReadDir(".")
	if err != nil {
		panic(err)
	}
	// The files are read at the first import of their module, not at every start.
	for _, e := range entries {
		file := e.Name()
		name, prefix := "asyncio."+strings.TrimSuffix(file, ".py"), ""
		if file == "__init__.py" {
			name, prefix = "asyncio", "__path__ = []\n"
		}
		impl := &py.ModuleImpl{
			Info: py.ModuleInfo{Name: name, Doc: docs[name], FileDesc: "<frozen " + name + ">"},
		}
		if name == "asyncio.futures" {
			impl.Methods = []*py.Method{py.MustNewMethod("_call_when_dropped", callWhenDropped, 0,
				"_call_when_dropped(obj, name): call obj.name() once obj is dropped (its __del__ time).")}
		}
		libsrc.RegisterFS(impl, sources, file, prefix)
	}
}

// callWhenDropped is futures._call_when_dropped(obj, name): a Future that finished with an
// exception nobody has retrieved asks to be told when it is dropped, which is when CPython
// runs its __del__ and reports "exception was never retrieved" (see classes.CallWhenDropped).
func callWhenDropped(_ py.Object, args py.Tuple) (py.Object, error) {
	var obj, name py.Object
	if err := py.UnpackTuple(args, nil, "_call_when_dropped", 2, 2, &obj, &name); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_call_when_dropped() name must be str")
	}
	return py.NewBool(classes.CallWhenDropped(obj, string(s))), nil
}
