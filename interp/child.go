package interp

import (
	"os"
	"sync/atomic"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/multiprocessing"
)

// Multiprocessing children (both start methods) are the running binary re-executed: the
// program that embeds gopy serves them by calling Main at the top of its main function,
// before it does anything else:
//
//	func main() {
//		interp.Main(myModules...) // in a child: runs it and exits
//		...
//	}
//
// so that the Go modules it registers (Options.Modules) exist in the children whatever Go's
// package initialization order. A program that starts a child without having called Main
// gets a RuntimeError from Process.start() naming the call, instead of a second copy of
// itself running its own main function. A go test binary that does not call Main (from
// TestMain) has its children served by this package's init function, without host modules.

// mainCalled records that the program called Main: its children will call it too.
var mainCalled atomic.Bool

// IsChild reports whether the running process is a multiprocessing child that Main serves
// (the running binary re-executed by a parent that called Main).
func IsChild() bool {
	return multiprocessing.IsSpawnedChild() && os.Getenv(multiprocessing.ChildEntryEnv) == "main"
}

// Main serves the multiprocessing child the running process may be: in a child it runs the
// process object the parent sent, in an interpreter that has modules as Options.Modules
// (list the modules the parent's interpreters give the script), and exits with the child's
// exit status, never returning. In any other process it returns at once, having recorded
// that children of this program will be served. Call it first thing in main.
func Main(modules ...*Module) {
	mainCalled.Store(true)
	if os.Getenv(multiprocessing.ChildEntryEnv) != "main" {
		return
	}
	if multiprocessing.IsTracker() {
		multiprocessing.ServeTracker()
	}
	if multiprocessing.IsSpawnedChild() {
		serveChild(modules)
	}
}

// childEntry answers multiprocessing.ChildEntry.
func childEntry() (string, error) {
	switch {
	case mainCalled.Load():
		return "main", nil
	case testing.Testing():
		return "init", nil
	}
	return "", py.ExceptionNewf(py.RuntimeError, "cannot start a multiprocessing child: "+
		"the program embeds gopy without calling interp.Main() at the top of its main function "+
		"(a child is the program re-executed, and interp.Main serves it)")
}

// runChildIfSpawned serves, from interp's init function, the child or resource tracker of a
// parent that did not call Main (a go test binary's, or that of an older parent).
func runChildIfSpawned() {
	multiprocessing.ChildEntry = childEntry
	if os.Getenv(multiprocessing.ChildEntryEnv) == "main" {
		return
	}
	if multiprocessing.IsTracker() {
		multiprocessing.ServeTracker() // also a tracker started by an older parent
	}
	if multiprocessing.IsSpawnedChild() {
		serveChild(nil)
	}
}

// serveChild runs the child with a fresh Interp, the exit path included, and exits with
// the child's status.
func serveChild(modules []*Module) {
	multiprocessing.AwaitSpareStart() // a spare child: until a start() takes it
	os.Unsetenv(multiprocessing.ChildEntryEnv)
	it := New(Options{WarnOptions: warnOptionsFromEnv(), Modules: modules})
	it.hold()
	code, err := multiprocessing.ChildMain(it.ctx)
	if err == nil {
		// CPython's spawn_main ends with sys.exit(exitcode).
		exc, _ := py.ExceptionNew(py.SystemExit, py.Tuple{py.Int(code)}, nil)
		err = exc.(*py.Exception)
	}
	status := it.exitPath(err)
	Exit(status)
}
