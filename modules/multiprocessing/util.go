package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/atexit"
)

// registerExitFunction registers the exit function with atexit the first time a process is
// started, as CPython does when start() first imports multiprocessing.util: atexit callbacks
// registered after that run before the children are joined, earlier ones after.
func (st *state) registerExitFunction() error {
	st.mu.Lock()
	done := st.exitRegistered
	st.exitRegistered = true
	st.mu.Unlock()
	if done {
		return nil
	}
	fn := py.MustNewMethod("_exit_function", func(self py.Object) (py.Object, error) {
		st.exitFunction()
		return py.None, nil
	}, 0, "Terminate daemonic children and join the others (multiprocessing.util._exit_function).")
	atexit.Register(st.ctx, fn, nil, nil)
	return nil
}

// exitFunction is CPython's multiprocessing.util._exit_function: once per interpreter,
// tell the queues' feeders to finish, terminate the daemonic children, join every child
// still running, then wait for the feeders.
func (st *state) exitFunction() {
	st.mu.Lock()
	if st.exiting {
		st.mu.Unlock()
		return
	}
	st.exiting = true
	st.mu.Unlock()
	st.closeQueues()
	for _, p := range st.activeChildren() {
		if p.daemon && p.popen != nil {
			_ = p.popen.Signal(sigterm)
		}
	}
	for _, p := range st.activeChildren() {
		_ = p.Join(-1)
	}
	st.joinQueues()
}
