package interp

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Every path that compiles Python (scripts, imports, exec, eval, compile(), the spawned
// child) uses gopy's compiler; generators keep their return value for yield from, and
// unbound variables raise CPython 3.11's exceptions.
func init() {
	compiler.Install()
	py.VmRunFrame = compiler.WrapRunFrame(py.VmRunFrame)
	py.VmEvalCode = compiler.WrapEvalCode(py.VmEvalCode)
}
