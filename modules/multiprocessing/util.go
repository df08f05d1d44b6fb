package multiprocessing

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/atexit"
)

// registerExitFunction registers the exit function with atexit the first time a process is
// started, as CPython does when start() first imports multiprocessing.util: atexit callbacks
// registered after that run before the children are joined, earlier ones after.
func (st *state) registerExitFunction() error {
	st.mu.Lock()
	done := st.exitRegistered
	st.exitRegistered = true
	if !done {
		// A new script in the same interpreter (see exitFunction): its exit may run.
		st.exiting = false
	}
	st.mu.Unlock()
	if done {
		return nil
	}
	atexit.Register(st.ctx, st.exitFunctionObject(), nil, nil)
	return nil
}

// exitFunctionObject is the Python callable of the exit function, made once.
func (st *state) exitFunctionObject() py.Object {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.exitFn == nil {
		st.exitFn = py.MustNewMethod("_exit_function", func(self py.Object) (py.Object, error) {
			st.exitFunction()
			return py.None, nil
		}, 0, "Terminate daemonic children and join the others (multiprocessing.util._exit_function).")
	}
	return st.exitFn
}

// exitFunctionLast is multiprocessing._exit_function_last(), which util.get_logger calls:
// the exit function is registered again (registered, as CPython's util registers it when
// imported), so that it runs before logging's shutdown and its records are written.
func exitFunctionLast(self py.Object, args py.Tuple) (py.Object, error) {
	st, err := moduleState(self)
	if err != nil {
		return nil, err
	}
	fn := st.exitFunctionObject()
	atexit.Unregister(st.ctx, fn)
	atexit.Register(st.ctx, fn, nil, nil)
	st.mu.Lock()
	if !st.exitRegistered {
		st.exiting = false
	}
	st.exitRegistered = true
	st.mu.Unlock()
	return py.None, nil
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
	st.utilLog("info", "process shutting down")
	st.utilLog("debug", `running all "atexit" finalizers with priority >= 0`)
	st.closeQueues()
	for _, p := range st.activeChildren() {
		if p.daemon && p.popen != nil {
			st.utilLog("info", "calling terminate() for daemon "+p.name)
			_ = p.popen.Signal(sigterm)
		}
	}
	for _, p := range st.activeChildren() {
		st.utilLog("info", "calling join() for process "+p.name)
		_ = p.Join(-1)
	}
	st.utilLog("debug", `running the remaining "atexit" finalizers`)
	st.joinQueues()
	// An embedding program may run another script in the same interpreter: its first
	// start() registers the exit function again (and clears exiting). Until then the
	// function stays done: interp's Close (Shutdown) after atexit, or a child's end of
	// run followed by its Close, must not report and run it a second time.
	st.mu.Lock()
	st.exitRegistered = false
	st.mu.Unlock()
}

// utilLog logs msg through multiprocessing.util's function of that name (info, debug...)
// when a script has asked for the multiprocessing logger (util._logger is set), as
// CPython's multiprocessing reports what it does.
func (st *state) utilLog(level, msg string) {
	util, err := st.ctx.GetModule("multiprocessing.util")
	if err != nil {
		return
	}
	if lg, ok := util.Globals["_logger"]; !ok || lg == py.None {
		return
	}
	if fn, ok := util.Globals[level]; ok {
		if _, err := py.Call(fn, py.Tuple{py.String(msg)}, nil); err != nil {
			_ = err // a failing handler has reported itself (logging's handleError)
		}
	}
}

// loggingPreparation is what a spawned child needs to log as its parent does (CPython's
// spawn passes log_to_stderr and log_level): whether log_to_stderr() was called, and
// the logger's effective level (0 when there is no logger).
func (st *state) loggingPreparation() (toStderr bool, level int) {
	util, err := st.ctx.GetModule("multiprocessing.util")
	if err != nil {
		return false, 0
	}
	if v, ok := util.Globals["_log_to_stderr"]; ok {
		toStderr = v == py.True
	}
	lg, ok := util.Globals["_logger"]
	if !ok || lg == py.None {
		return toStderr, 0
	}
	if v, err := callMethod(lg, "getEffectiveLevel"); err == nil {
		if n, ok := v.(py.Int); ok {
			level = int(n)
		}
	}
	return toStderr, level
}

// prepareLogging sets up a spawned child's multiprocessing logger as its parent's was.
func (st *state) prepareLogging(toStderr bool, level int) error {
	if !toStderr && level == 0 {
		return nil
	}
	if err := importModule(st.ctx, "multiprocessing.util"); err != nil {
		return err
	}
	util, err := st.ctx.GetModule("multiprocessing.util")
	if err != nil {
		return err
	}
	if toStderr {
		if _, err := py.Call(util.Globals["log_to_stderr"], nil, nil); err != nil {
			return err
		}
	}
	if level != 0 {
		lg, err := py.Call(util.Globals["get_logger"], nil, nil)
		if err != nil {
			return err
		}
		if _, err := callMethod(lg, "setLevel", py.Int(level)); err != nil {
			return err
		}
	}
	return nil
}

//go:embed util.py
var utilSource string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.util", Doc: "Various utilities for multiprocessing (gopy: its logging helpers).", FileDesc: "<frozen multiprocessing.util>"},
		CodeSrc: utilSource,
	})
}

// Shutdown ends ctx's children for an interpreter that is being closed (interp's Close),
// which must not wait for ever: every child still running is terminated, daemonic or not
// (a child that outlives SIGTERM for a second gets SIGKILL), then the exit function runs
// (the queues' feeders finish, the children are joined). The caller holds the GIL.
func Shutdown(ctx py.Context) {
	statesMu.Lock()
	st := states[ctx]
	statesMu.Unlock()
	if st == nil {
		return
	}
	for _, p := range st.activeChildren() {
		if p.popen != nil {
			_ = p.popen.Signal(sigterm)
		}
	}
	for _, p := range st.activeChildren() {
		if p.popen != nil {
			_ = p.Join(1)
		}
	}
	for _, p := range st.activeChildren() {
		if p.popen != nil {
			_ = p.popen.Signal(unix.SIGKILL)
		}
	}
	st.exitFunction()
}
