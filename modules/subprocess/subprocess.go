// Package subprocess provides Python's subprocess module: subprocess.py and
// subprocess_popen.py (gopy's own Python, run in one namespace in that order; CPython 3.11's
// behaviour as the specification) over _fork_exec (spawn.go), which starts the child with
// syscall.ForkExec: the descriptor table, working directory, session or process group and
// credentials are set up by Go between fork and exec, where no Python code can run, so
// starting a child is safe while other threads run. preexec_fn is refused for that reason.
// communicate() waits on its pipes with the select module's poll; every child not yet
// waited for is polled again when the next Popen starts, so none stays a zombie.
package subprocess

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed subprocess.py
	source string
	//go:embed subprocess_popen.py
	popenSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "subprocess", Doc: "Subprocesses with accessible I/O streams", FileDesc: "<frozen subprocess>"},
		Methods: []*py.Method{
			py.MustNewMethod("_fork_exec", forkExec, 0, "Start a child process (gopy's fork_exec)."),
		},
	}, source, popenSource)
}
