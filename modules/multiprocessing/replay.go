package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/traceback"
)

// replayStop is raised inside a child's silent re-run of its parent's main module when it
// reaches the start() call that created the child. It derives from BaseException, so that
// `except Exception` in the script does not stop it.
var replayStop = py.BaseException.NewType("_MainReplayStop", "The child's replay of the main module reached its own start().", nil, nil)

// replay is the state of a child's re-run of its parent's main module.
type replay struct {
	stopAt int // index of the start() call that created this child
}

// reachedStart is Process.start() during the replay: the start() that created this child
// stops the replay; earlier ones leave a process object that looks started and finished
// with exit code 0, so that the script's join() and is_alive() calls go on.
func (r *replay) reachedStart(p *Process, index int) error {
	if index >= r.stopAt {
		return py.ExceptionNewf(replayStop, "replay reached start() number %d", index)
	}
	zero := 0
	p.popen = &Popen{pid: 0, returncode: &zero, sentinel: &ownedFd{fd: -1}}
	return nil
}

func isReplayStop(err error) bool {
	info := traceback.Info(err)
	return info.Type == replayStop
}
