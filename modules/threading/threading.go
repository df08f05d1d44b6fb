// Package threading implements Python's threading module. As in CPython, the module is
// Python source (threading.py, embedded) over the primitives of _thread (package
// modules/thread): Thread must be a Python class that scripts subclass, overriding run(),
// and gpython cannot subclass a Go type. The classes are written with the constructs
// gpython's compiler handles today (no super(), no dict keys other than str, no
// decorators with arguments).
//
// Shutdown is the interpreter's side: at exit it calls threading._shutdown(), which joins
// the non-daemon threads before the atexit callbacks run, as CPython's
// Py_FinalizeEx does.
package threading

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	_ "github.com/gopyrt/gopy/modules/thread" // _thread, which threading.py imports
	_ "github.com/gopyrt/gopy/modules/time"   // time.monotonic, used by the waits
)

//go:embed threading.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "threading", Doc: "Thread module emulating a subset of Java's threading model.", FileDesc: "threading.py"},
		CodeSrc: source,
	})
}

// Shutdown waits for the non-daemon threads of ctx to end, if the threading module was
// imported (threading._shutdown); it returns the exception that interrupted the wait.
func Shutdown(ctx py.Context) error {
	m, err := ctx.GetModule("threading")
	if err != nil {
		return nil
	}
	fn, ok := m.Globals["_shutdown"]
	if !ok {
		return nil
	}
	_, err = py.Call(fn, nil, nil)
	return err
}
