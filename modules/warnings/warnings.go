// Package warnings provides Python's warnings module, written in Python by gopy
// (warnings.py, embedded, with the default filters of CPython 3.11's C module), and the
// linecache module it reads source lines with.
//
// The -W options and PYTHONWARNINGS become sys.warnoptions (package sys), which the module
// applies when it is first imported; as CPython does, the interpreter imports it before
// the main module runs when there are any, so that a bad option is reported at once.
package warnings

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
)

var (
	//go:embed warnings.py
	source string
	//go:embed linecache.py
	linecacheSource string
)

func init() {
	// CPython's warn and warn_explicit are C: its tracebacks have no entry for them.
	frames.HideFrames("<frozen warnings>", "warn", "warn_explicit")
	classes.WarnUnawaited = warnUnawaited
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "warnings", Doc: "Python part of the warnings subsystem.", FileDesc: "<frozen warnings>"},
		CodeSrc: source,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "linecache", Doc: "Cache lines from Python source files.", FileDesc: "<frozen linecache>"},
		CodeSrc: linecacheSource,
	})
}

// warnUnawaited calls warnings._warn_unawaited_coroutine(coro), as CPython's
// _PyErr_WarnUnawaitedCoroutine does, in the interpreter whose thread holds the GIL.
func warnUnawaited(coro py.Object) error {
	t := gil.Holding()
	if t == nil {
		return nil
	}
	m, err := importlib.Import(t.Runtime().Context(), "warnings", nil, []string{"_warn_unawaited_coroutine"}, 0)
	if err != nil {
		return err
	}
	fn, err := py.GetAttrString(m, "_warn_unawaited_coroutine")
	if err != nil {
		return err
	}
	_, err = py.Call(fn, py.Tuple{coro}, nil)
	return err
}
