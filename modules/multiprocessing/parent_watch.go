package multiprocessing

import (
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// A child that only serves its parent must not outlive it. CPython's Pool workers end when
// their task pipe reaches EOF, which needs every copy of its write end closed; gopy goes
// further, for pool workers, manager servers and every daemon process: the child watches
// its parent and ends itself (SIGTERM, as the parent's exit would have terminated a
// daemon, then SIGKILL if that did not end it) within a second of the parent's death,
// however the parent died (SIGKILL, os._exit, a crash). The watch is the parent pid: when
// the parent dies the child is reparented and getppid changes. It starts as the child
// starts: a child whose parent dies while it still prepares ends too. It needs no descriptor, so a
// child that closes its descriptors (os.closerange) keeps it.

// parentEnv tells a child the pid of the process that started it (which may be gone by the
// time the child looks at its own parent pid).
const parentEnv = "GOPY_MULTIPROCESSING_PARENT"

// parentPollInterval is how often a watching child looks at its parent pid.
const parentPollInterval = 200 * time.Millisecond

// diesWithParent reports whether the child running p must end when its parent does: a
// daemon process (every pool worker is one) or a manager's server process.
func diesWithParent(p *Process) bool {
	if p.daemon {
		return true
	}
	f, ok := p.target.(*py.Function)
	return ok && f.Name == "_run_server" && f.Globals["__name__"] == py.String("multiprocessing.managers")
}

// Child states for the parent watch.
const (
	childPreparing int32 = iota // reading its data, replaying or importing the main module
	childServing                // running a process that dies with its parent
	childOwnLife                // running a process that outlives its parent, as CPython's
)

// childState is where this child is, for the watch.
var childState atomic.Int32

// watchParent ends this process soon after its parent is gone, if the child is still
// preparing (it has nothing left to run for) or runs a process that dies with its parent.
func watchParent() {
	parent, err := strconv.Atoi(os.Getenv(parentEnv))
	os.Unsetenv(parentEnv)
	if err != nil || parent <= 1 {
		return
	}
	go func() {
		for unix.Getppid() == parent {
			time.Sleep(parentPollInterval)
		}
		if childState.Load() == childOwnLife {
			return
		}
		self := unix.Getpid()
		_ = unix.Kill(self, unix.SIGTERM)
		time.Sleep(4 * parentPollInterval)
		_ = unix.Kill(self, unix.SIGKILL)
	}()
}
