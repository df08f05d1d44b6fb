package signal

import (
	ossignal "os/signal"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// A forked CPython child keeps the Python-level handlers its parent set. multiprocessing's
// 'fork' start method (which starts a new process) asks the library modules for the state
// such a child keeps: signal's is the handlers that differ from a new interpreter's.

// initialHandler is the handler Setup gives sig.
func initialHandler(sig int) py.Object {
	switch sig {
	case int(unix.SIGPIPE), int(unix.SIGXFSZ):
		return sigIGN
	case int(unix.SIGINT):
		if ossignal.Ignored(unix.SIGINT) {
			return sigIGN
		}
		return defaultIntHandler
	}
	return sigDFL
}

// forkState is signal._fork_state(): ((signum, handler), ...) for the handlers that differ
// from a new interpreter's.
func forkState(self py.Object) (py.Object, error) {
	mu.Lock()
	defer mu.Unlock()
	t := tables[ctxOf(self)]
	state := py.Tuple{}
	if t == nil {
		return state, nil
	}
	for sig := 1; sig < nsig; sig++ {
		if h := handlerOf(t, sig); h != initialHandler(sig) {
			state = append(state, py.Tuple{py.Int(sig), h})
		}
	}
	return state, nil
}

// forkRestore is signal._fork_restore(state): installs the handlers forkState listed.
func forkRestore(self py.Object, arg py.Object) (py.Object, error) {
	pairs, ok := arg.(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_restore: expected a tuple")
	}
	for _, p := range pairs {
		pair, ok := p.(py.Tuple)
		if !ok || len(pair) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_fork_restore: expected (signum, handler) pairs")
		}
		if _, err := signalSignal(self, pair); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func forkMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("_fork_state", forkState, 0, "The handlers a 'fork' child of multiprocessing keeps."),
		py.MustNewMethod("_fork_restore", forkRestore, 0, "Install the handlers _fork_state gave in the parent."),
	}
}
