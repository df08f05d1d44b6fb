// Package signal implements Python's signal module on top of the thread model of package
// gil, with CPython 3.11's semantics:
//
//   - signal.signal installs a Python handler (or SIG_DFL, SIG_IGN) per interpreter;
//     the Go runtime relays the signal (os/signal), the interpreter's main thread runs the
//     handler at its next switch point (a Python call) or inside the blocking call it is in
//     (sleep, lock waits, joins, pipe reads), and the exception the handler raises comes out
//     of that point;
//   - SIGINT starts with default_int_handler, which raises KeyboardInterrupt, in every
//     interpreter (a spawned child included), unless the process started with SIGINT
//     ignored; SIGPIPE and SIGXFSZ start ignored; SIG_DFL of a terminating signal ends the
//     process by that signal, without flushing, as CPython;
//   - a process that signals itself (os.kill to its own pid, raise_signal) runs the handler
//     before the call returns, as CPython does at its next bytecode.
//
// This package is _signal, with plain ints for signal numbers, handlers and masks;
// signal.py (embedded, gopy's own) is the signal module over it, as CPython's: the
// Signals, Handlers and Sigmasks IntEnums, whose members the constants are, and signal,
// getsignal, pthread_sigmask and valid_signals answering with members.
package signal

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first
	"github.com/gopyrt/gopy/internal/classes"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
	pyos "github.com/gopyrt/gopy/modules/os"
)

// defaultIntHandler is signal.default_int_handler: it raises KeyboardInterrupt. It is a
// module global (not a per-module method) so that getsignal returns the same object in
// every interpreter.
var defaultIntHandler = py.MustNewMethod("default_int_handler", func(self py.Object, args py.Tuple) (py.Object, error) {
	return nil, py.ExceptionNewf(py.KeyboardInterrupt, "")
}, 0, "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.")

func init() {
	globals := py.StringDict{
		"SIG_DFL":             sigDFL,
		"SIG_IGN":             sigIGN,
		"NSIG":                py.Int(nsig),
		"SIG_BLOCK":           py.Int(unix.SIG_BLOCK),
		"SIG_UNBLOCK":         py.Int(unix.SIG_UNBLOCK),
		"SIG_SETMASK":         py.Int(unix.SIG_SETMASK),
		"ITIMER_REAL":         py.Int(0),
		"ITIMER_VIRTUAL":      py.Int(1),
		"ITIMER_PROF":         py.Int(2),
		"default_int_handler": defaultIntHandler,
		"ItimerError":         ItimerError,
		"itimer_error":        ItimerError,
	}
	for _, s := range signalNames {
		globals[s.name] = py.Int(s.num)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "signal", Doc: "This module provides mechanisms to use signal handlers in Python.", FileDesc: "<frozen signal>"},
		CodeSrc: source,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_signal", Doc: "This module provides mechanisms to use signal handlers in Python."},
		Methods: append(append(itimerMethods(), forkMethods()...),
			py.MustNewMethod("signal", signalSignal, 0, "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned."),
			py.MustNewMethod("getsignal", getsignal, 0, "Return the current action for the given signal."),
			py.MustNewMethod("raise_signal", raiseSignal, 0, "Send a signal to the executing process."),
			py.MustNewMethod("alarm", alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."),
			py.MustNewMethod("pause", pause, 0, "Wait until a signal arrives."),
			py.MustNewMethod("pthread_sigmask", pthreadSigmask, 0, "Fetch and/or change the signal mask of the calling thread."),
			py.MustNewMethod("set_wakeup_fd", setWakeupFd, 0, "Sets the fd to be written to (with the signal number) when a signal comes in."),
			py.MustNewMethod("strsignal", strsignal, 0, "Return the system description of the given signal."),
			py.MustNewMethod("valid_signals", validSignals, 0, "Return a set of valid signal numbers on this platform."),
			py.MustNewMethod("siginterrupt", siginterrupt, 0, "Change system call restart behaviour."),
		),
		Globals:         globals,
		OnContextClosed: func(m *py.Module) { forget(m.Context) },
	})
	pyos.KillHook = afterKill
}

//go:embed signal.py
var source string

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// signum converts a signal number argument, checking its range.
func signum(o py.Object) (int, error) {
	n, err := pyos.AsInt(o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, py.ExceptionNewf(py.ValueError, "signal number out of range")
	}
	return n, nil
}

// positional checks a call with exactly the named positional arguments, with the messages
// of CPython's Argument Clinic.
func positional(fname string, args py.Tuple, names ...string) error {
	n := len(names)
	switch {
	case len(args) > n:
		plural := "s"
		if n == 1 {
			plural = ""
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes %d positional argument%s but %d were given", fname, n, plural, len(args))
	case len(args) < n:
		missing := names[len(args):]
		if len(missing) == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: '%s'", fname, missing[0])
		}
		list := ""
		for i, m := range missing {
			switch {
			case i == len(missing)-1:
				list += " and "
			case i > 0:
				list += ", "
			}
			list += "'" + m + "'"
		}
		return py.ExceptionNewf(py.TypeError, "%s() missing %d required positional arguments: %s", fname, len(missing), list)
	}
	return nil
}

// mainThreadOnly raises CPython's error for a call outside the main thread.
func mainThreadOnly(ctx py.Context, what string) error {
	if t := gil.Current(ctx); t != nil && !t.IsMain() {
		return py.ExceptionNewf(py.ValueError, "%s only works in main thread of the main interpreter", what)
	}
	return nil
}

func signalSignal(self py.Object, args py.Tuple) (py.Object, error) {
	if err := positional("signal", args, "signalnum", "handler"); err != nil {
		return nil, err
	}
	sigObj, handler := args[0], args[1]
	sig, err := signum(sigObj)
	if err != nil {
		return nil, err
	}
	ctx := ctxOf(self)
	if err := mainThreadOnly(ctx, "signal"); err != nil {
		return nil, err
	}
	if !classes.Callable(handler) {
		// SIG_DFL or SIG_IGN, as an int or a Handlers member
		n, err := pyos.AsInt(handler)
		if err != nil || py.Int(n) != sigDFL && py.Int(n) != sigIGN {
			return nil, py.ExceptionNewf(py.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		handler = py.Int(n)
	}
	if sig == int(unix.SIGKILL) || sig == int(unix.SIGSTOP) || sig == 32 || sig == 33 {
		return nil, errno.FromError(unix.EINVAL)
	}
	mu.Lock()
	defer mu.Unlock()
	t := tables[ctx]
	if t == nil {
		return nil, py.ExceptionNewf(py.SystemError, "signal: interpreter not set up")
	}
	old := handlerOf(t, sig)
	t.handlers[sig] = handler
	applyLocked(sig)
	return old, nil
}

func getsignal(self py.Object, args py.Tuple) (py.Object, error) {
	if err := positional("getsignal", args, "signalnum"); err != nil {
		return nil, err
	}
	sig, err := signum(args[0])
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	t := tables[ctxOf(self)]
	if t == nil {
		return sigDFL, nil
	}
	return handlerOf(t, sig), nil
}

// afterKill is os.kill's hook: when a process signals itself, the signal is relayed and its
// handler run before os.kill returns, as CPython runs it at the next bytecode.
func afterKill(ctx py.Context, pid, sig int, kill func() error) error {
	self := pid == unix.Getpid() || pid == 0 || pid == -1 || (pid < 0 && -pid == unix.Getpgrp())
	if !self || sig <= 0 || sig >= nsig {
		return kill()
	}
	fatal := fatalToSelf(ctx, sig)
	n := arrivedCount(sig)
	if err := kill(); err != nil {
		return err
	}
	if fatal {
		ExitBySignal(sig)
	}
	awaitArrival(sig, n)
	return runPending(ctx)
}

// runPending runs the tripped handlers now if the caller is the main thread.
func runPending(ctx py.Context) error {
	t := gil.Current(ctx)
	if t == nil || !t.IsMain() {
		return nil
	}
	return t.Runtime().RunSignals()
}

func raiseSignal(self py.Object, args py.Tuple) (py.Object, error) {
	if err := positional("raise_signal", args, "signalnum"); err != nil {
		return nil, err
	}
	if n, ok := args[0].(py.Int); ok && n == 0 {
		return py.None, nil // signal 0 only checks that the process exists
	}
	sig, err := signum(args[0])
	if err != nil {
		return nil, err
	}
	ctx := ctxOf(self)
	if fatalToSelf(ctx, sig) {
		ExitBySignal(sig)
	}
	n := arrivedCount(sig)
	if err := unix.Kill(unix.Getpid(), unix.Signal(sig)); err != nil {
		return nil, errno.FromError(err)
	}
	awaitArrival(sig, n)
	if err := runPending(ctx); err != nil {
		return nil, err
	}
	return py.None, nil
}

func alarm(self py.Object, arg py.Object) (py.Object, error) {
	secs, err := pyos.AsInt(arg)
	if err != nil {
		return nil, err
	}
	if secs < 0 || secs > 1<<32-1 {
		secs = int(uint32(secs)) // C's conversion to unsigned int
	}
	old, err := unix.Setitimer(unix.ITIMER_REAL, unix.Itimerval{Value: unix.Timeval{Sec: int64(secs)}})
	if err != nil {
		return nil, errno.FromError(err)
	}
	rem := old.Value.Sec
	if old.Value.Usec >= 500000 || (rem == 0 && old.Value.Usec > 0) {
		rem++
	}
	return py.Int(rem), nil
}

func pause(self py.Object) (py.Object, error) {
	if err := gil.WaitSignal(ctxOf(self)); err != nil {
		return nil, err
	}
	return py.None, nil
}

func strsignal(self py.Object, arg py.Object) (py.Object, error) {
	sig, err := signum(arg)
	if err != nil {
		return nil, err
	}
	if d, ok := descriptions[sig]; ok {
		return py.String(d), nil
	}
	return py.None, nil
}

func validSignals(self py.Object) (py.Object, error) {
	s := py.NewSet()
	for sig := 1; sig < nsig; sig++ {
		if sig == 32 || sig == 33 {
			continue
		}
		s.Add(py.Int(sig))
	}
	return s, nil
}

func siginterrupt(self py.Object, args py.Tuple) (py.Object, error) {
	var sigObj, flag py.Object
	if err := py.UnpackTuple(args, nil, "siginterrupt", 2, 2, &sigObj, &flag); err != nil {
		return nil, err
	}
	if _, err := signum(sigObj); err != nil {
		return nil, err
	}
	return py.None, nil
}

func setWakeupFd(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, warn py.Object = nil, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:set_wakeup_fd", []string{"fd", "warn_on_full_buffer"}, &fdObj, &warn); err != nil {
		return nil, err
	}
	fd, err := pyos.AsIntFormat(fdObj)
	if err != nil {
		return nil, err
	}
	if err := mainThreadOnly(ctxOf(self), "set_wakeup_fd"); err != nil {
		return nil, err
	}
	if fd != -1 {
		flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "invalid fd")
		}
		if flags&unix.O_NONBLOCK == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "the fd %d must be in non-blocking mode", fd)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	old := wakeupFd
	wakeupFd = fd
	return py.Int(old), nil
}

// pthreadSigmask emulates the signal mask: Go schedules goroutines on any thread, so the
// mask is the process's; signals that arrive while blocked are delivered when unblocked.
func pthreadSigmask(self py.Object, args py.Tuple) (py.Object, error) {
	var howObj, maskObj py.Object
	if err := py.UnpackTuple(args, nil, "pthread_sigmask", 2, 2, &howObj, &maskObj); err != nil {
		return nil, err
	}
	how, err := pyos.AsInt(howObj)
	if err != nil {
		return nil, err
	}
	var mask uint64
	items, err := py.SequenceList(maskObj)
	if err != nil {
		return nil, err
	}
	for _, it := range items.Items {
		sig, err := signum(it)
		if err != nil {
			return nil, err
		}
		mask |= 1 << uint(sig)
	}
	mu.Lock()
	old := blocked
	switch how {
	case unix.SIG_BLOCK:
		blocked |= mask
	case unix.SIG_UNBLOCK:
		blocked &^= mask
	case unix.SIG_SETMASK:
		blocked = mask
	default:
		mu.Unlock()
		return nil, errno.FromError(unix.EINVAL)
	}
	release := held &^ blocked
	held &= blocked
	for sig := 1; sig < nsig; sig++ {
		if release&(1<<uint(sig)) != 0 {
			deliverLocked(sig)
		}
	}
	mu.Unlock()
	s := py.NewSet()
	for sig := 1; sig < nsig; sig++ {
		if old&(1<<uint(sig)) != 0 {
			s.Add(py.Int(sig))
		}
	}
	if release != 0 {
		if err := runPending(ctxOf(self)); err != nil {
			return nil, err
		}
	}
	return s, nil
}
