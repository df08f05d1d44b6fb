// Package contextvars provides Python's contextvars module and the _contextvars module it
// re-exports, written in Python by gopy (_contextvars.py, embedded): Context, ContextVar
// and Token as CPython 3.11's, with their reprs, messages and mapping protocol.
//
// Each thread has its own current context (a thread-local slot, empty in a new thread, as
// in CPython); Context.run makes a context current for the duration of a call. A context
// is an immutable mapping underneath: ContextVar.set replaces the current context's dict
// with a new one, so copy_context is a cheap share of the dict and later sets on either
// side do not show through.
package contextvars

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
)

//go:embed _contextvars.py
var source string

func init() {
	// Context.run is C in CPython: no traceback entry for it (asyncio's callbacks run in it).
	frames.HideFrames("<frozen _contextvars>", "run")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_contextvars", Doc: "Context Variables", FileDesc: "<frozen _contextvars>"},
		CodeSrc: source,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "contextvars", FileDesc: "<frozen contextvars>"},
		CodeSrc: "from _contextvars import *\n\n" +
			"__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')\n",
	})
}
