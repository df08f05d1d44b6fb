package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Every path that compiles Python (scripts, imports, exec, eval, compile(), the spawned
// child) uses gopy's compiler; generators return their value through StopIteration.
func init() {
	compiler.Install()
	py.VmRunFrame = compiler.WrapRunFrame(py.VmRunFrame)
}
