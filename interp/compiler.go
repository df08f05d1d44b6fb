package interp

import (
	"github.com/gopyrt/gopy/compiler"
)

// Every path that compiles Python (scripts, imports, exec, eval, compile(), the spawned
// child) uses gopy's compiler. (The VM hooks, hooks.go, run frames through
// compiler.WrapRunFrame: generators keep their return value for yield from, and unbound
// variables raise CPython 3.11's exceptions.)
func init() {
	compiler.Install()
}
