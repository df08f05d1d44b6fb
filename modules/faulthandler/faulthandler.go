// Package faulthandler provides Python's faulthandler module, written in Python by gopy
// (faulthandler.py, embedded), as far as a Go runtime allows: dump_traceback writes the
// calling thread's stack straight to a descriptor in CPython 3.11's format, register
// dumps it from a Python signal handler, dump_traceback_later runs a watchdog thread,
// and enable/disable/is_enabled keep CPython's state and argument checks. What differs:
// a fatal error (SIGSEGV...) is reported by Go's runtime, not by a dump of the Python
// stack; dumps of "all threads" list the calling thread only; the watchdog names the main
// thread without its frames; a registered signal shows in signal.getsignal.
package faulthandler

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

//go:embed faulthandler.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "faulthandler", Doc: "faulthandler module.", FileDesc: "<frozen faulthandler>"},
		CodeSrc: source,
	})
}
