package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/multiprocessing"
)

// runChildIfSpawned is the child side of multiprocessing's spawn start method. The parent
// re-executes the running binary (the gopy command, a go test binary, any program that
// embeds gopy) with multiprocessing.SpawnEnv set; this runs from interp's init function, so
// before the program's own main function, and never returns in a child: it runs the process
// object with a fresh Interp, the exit path included, and exits with the child's status.
func runChildIfSpawned() {
	if !multiprocessing.IsSpawnedChild() {
		return
	}
	PaceCollector()
	it := New(Options{WarnOptions: warnOptionsFromEnv()})
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
