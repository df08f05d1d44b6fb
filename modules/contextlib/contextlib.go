// Package contextlib provides Python's contextlib module, written in Python by gopy
// (contextlib.py, embedded): contextmanager (over generator.throw, which gopy's compiler and
// object model provide), ContextDecorator, AbstractContextManager, closing, nullcontext,
// suppress, redirect_stdout, redirect_stderr, ExitStack and chdir. The asynchronous forms are
// missing, as gopy has no coroutines.
package contextlib

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	_ "github.com/gopyrt/gopy/modules/functools" // functools.wraps, which contextlib.py imports
)

//go:embed contextlib.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "contextlib", Doc: "Utilities for with-statement contexts.  See PEP 343.", FileDesc: "<frozen contextlib>"},
		CodeSrc: source,
	})
}
