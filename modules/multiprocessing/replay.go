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

// replayFunctions are the module functions of the replay: _replaying() tells whether the
// main module is being replayed; _start_index(p) is the start()
// number of a started process, which a process started later (by a thread, where the
// main module's replay cannot reach its start() call) names as its _replay_at: its child
// replays the main module only up to that earlier start() (see pool.py).
func replayFunctions() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("_replaying", func(self py.Object, args py.Tuple) (py.Object, error) {
			st, err := moduleState(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(st.replay != nil), nil
		}, 0, "Whether this child is re-running its parent's main module (a manager or pool made there then stands for the parent's)."),
		py.MustNewMethod("_start_index", func(self py.Object, arg py.Object) (py.Object, error) {
			p, ok := arg.(*Process)
			if !ok || p.startIndex == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "expected a started process")
			}
			return py.Int(p.startIndex), nil
		}, 0, "The start() number of a started process."),
	}
}

// replayAt is the start() number a process's child replays the main module up to, when
// the process names one (_replay_at), else 0.
func (p *Process) replayAt() int {
	v, err := py.GetAttrString(p, "_replay_at")
	if err != nil {
		return 0
	}
	n, ok := v.(py.Int)
	if !ok || n <= 0 {
		return 0
	}
	return int(n)
}
