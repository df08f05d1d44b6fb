package interp

import (
	"errors"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/modules/atexit"
	"github.com/gopyrt/gopy/modules/importlib"
	pyio "github.com/gopyrt/gopy/modules/io"
	"github.com/gopyrt/gopy/modules/multiprocessing"
	pysignal "github.com/gopyrt/gopy/modules/signal"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// errCloseInside is Close's error when a Go function that Python called calls it.
var errCloseInside = errors.New("interp: Close called from a Go function the interpreter is running")

// closeGrace is how long Close waits for the interpreter's threads to end after asking
// them to.
const closeGrace = 2 * time.Second

// Close ends the interpreter and releases everything it owns; its methods return ErrClosed
// afterwards. Unlike the exit path of Run, Close never waits for ever:
//
//   - an entry running on another goroutine (Exec, Eval, Call) and every Python thread get
//     a SystemExit exception (which ends a thread silently) at their next switch point, or
//     at once if they wait; Close waits for the threads to end, for up to two seconds;
//   - every child process still running is terminated (SIGTERM, SIGKILL a second later),
//     daemonic or not, and joined, and the queues' feeders finish;
//   - the atexit callbacks not yet run are called, objects with finalizers get them, the
//     file objects still open are flushed and closed, and the standard streams flushed;
//   - the pipes of non-file Stdin/Stdout/Stderr are closed once their contents have been
//     copied.
//
// Close must not be called from a Go function that the interpreter's Python code called
// (it returns an error then). Descriptors a script holds as plain numbers (os.open, os.pipe) are the script's, as in
// CPython, and stay open. A thread blocked in a single long Go call (a huge sum) cannot be
// interrupted: its goroutine ends when the call returns.
func (it *Interp) Close() error {
	if it.rt.HeldByCaller() != nil {
		return errCloseInside
	}
	it.entryMu.Lock()
	already := it.closed.Swap(true)
	it.entryMu.Unlock()
	if already {
		return nil
	}
	it.shutdown()
	// Entries that were running (interrupted) or waiting for the GIL end now; what they
	// use (the stdio pipes, the context) is released after them.
	it.entries.Wait()
	pysignal.Forget(it.ctx)
	importlib.Forget(it.ctx)
	pysys.SetChildStdio(it.ctx, nil, nil)
	it.rt.Close()
	err := it.ctx.Close()
	it.stdio.close()
	return err
}

// shutdown is Close's end of the running code, as the main thread holding the GIL.
func (it *Interp) shutdown() {
	exit := func() error { return py.ExceptionNewf(py.SystemExit, "") }
	// An entry may be running as the main thread on another goroutine: it ends first.
	withdraw := it.rt.Main().Interrupt(exit)
	_, release := it.rt.EnterMain()
	withdraw()
	defer func() {
		release()
		it.stdio.drain()
	}()
	it.rt.StopThreads(exit, closeGrace)
	multiprocessing.Shutdown(it.ctx)
	atexit.RunExitFuncs(it.ctx)
	it.rt.Finalize()
	finalize.AtExit(it.rt)
	pyio.Finalize(it.ctx)
	_ = pysys.Flush(it.ctx)
}
