package signal

import (
	"os"
	ossignal "os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	pyos "github.com/gopyrt/gopy/modules/os"
)

// Handler values as CPython's Handlers enum: SIG_DFL and SIG_IGN are the ints 0 and 1.
const (
	sigDFL = py.Int(0)
	sigIGN = py.Int(1)
)

// nsig is signal.NSIG: valid signal numbers are 1..nsig-1.
const nsig = 65

// table is one interpreter's signal handlers (signal.signal / getsignal).
type table struct {
	ctx      py.Context
	handlers [nsig]py.Object // nil means SIG_DFL
}

var (
	mu       sync.Mutex
	tables   = map[py.Context]*table{}
	notified [nsig]chan os.Signal // Go channels of the signals relayed to Python handlers
	blocked  uint64               // signals blocked by pthread_sigmask
	held     uint64               // blocked signals that arrived
	wakeupFd = -1                 // set_wakeup_fd
	// arrived counts the signals the Go runtime relayed (blocked or not), so that a process
	// signalling itself can wait until the signal has been recorded (os.kill to self,
	// raise_signal).
	arrived     [nsig]uint64
	arrivedCond = sync.NewCond(&mu)
)

// terminates lists the signals whose default action ends the process and which Go ignores
// unless notified: gopy relays them while their handler is SIG_DFL, to die by them as
// CPython does.
var terminates = map[int]bool{
	int(unix.SIGUSR1): true, int(unix.SIGUSR2): true, int(unix.SIGALRM): true,
	int(unix.SIGVTALRM): true, int(unix.SIGIO): true, int(unix.SIGPWR): true,
}

// Setup installs CPython's initial handlers in a new interpreter: default_int_handler for
// SIGINT (unless SIGINT was ignored when the process started), SIG_IGN for SIGPIPE and
// SIGXFSZ, SIG_DFL for the others; and connects the interpreter's thread state, whose main
// thread runs the Python handlers.
func Setup(ctx py.Context) {
	t := &table{ctx: ctx}
	t.handlers[unix.SIGPIPE] = sigIGN
	t.handlers[unix.SIGXFSZ] = sigIGN
	if ossignal.Ignored(unix.SIGINT) {
		t.handlers[unix.SIGINT] = sigIGN
	} else {
		t.handlers[unix.SIGINT] = defaultIntHandler
	}
	if rt := gil.Of(ctx); rt != nil {
		rt.SetSignalFunc(runHandler)
	}
	mu.Lock()
	defer mu.Unlock()
	tables[ctx] = t
	applyLocked(int(unix.SIGINT))
	for sig := range terminates {
		applyLocked(sig)
	}
}

// Forget drops ctx's handlers (the interpreter is closing) and gives the process's
// dispositions back to the other interpreters, or to the Go runtime's defaults.
func Forget(ctx py.Context) { forget(ctx) }

// forget drops ctx's table when its context closes.
func forget(ctx py.Context) {
	mu.Lock()
	defer mu.Unlock()
	t := tables[ctx]
	if t == nil {
		return
	}
	delete(tables, ctx)
	for sig := 1; sig < nsig; sig++ {
		if t.handlers[sig] != nil {
			applyLocked(sig)
		}
	}
}

func handlerOf(t *table, sig int) py.Object {
	if h := t.handlers[sig]; h != nil {
		return h
	}
	return sigDFL
}

// applyLocked makes the process's disposition of sig the union of the interpreters' wishes:
// relayed if some interpreter has a Python handler (or a SIG_DFL gopy must act on), ignored
// if all ignore it, the Go runtime's default otherwise.
func applyLocked(sig int) {
	relay, ignore := false, len(tables) > 0
	for _, t := range tables {
		switch h := handlerOf(t, sig); {
		case h == sigIGN:
		case h == sigDFL:
			ignore = false
			relay = relay || terminates[sig]
		default:
			ignore, relay = false, true
		}
	}
	s := syscall.Signal(sig)
	if sig == int(syscall.SIGCHLD) {
		pyos.SigchldTaken(relay || ignore)
	}
	switch {
	case relay:
		if notified[sig] == nil {
			ch := make(chan os.Signal, 8)
			notified[sig] = ch
			ossignal.Notify(ch, s)
			go relayLoop(sig, ch)
		}
	case ignore:
		stopLocked(sig)
		ossignal.Ignore(s)
	default:
		stopLocked(sig)
		ossignal.Reset(s)
	}
}

func stopLocked(sig int) {
	if ch := notified[sig]; ch != nil {
		ossignal.Stop(ch)
		close(ch)
		notified[sig] = nil
	}
}

// relayLoop receives sig from the Go runtime and hands it to every interpreter.
func relayLoop(sig int, ch chan os.Signal) {
	for range ch {
		mu.Lock()
		arrived[sig]++
		arrivedCond.Broadcast()
		if blocked&(1<<uint(sig)) != 0 {
			held |= 1 << uint(sig)
			mu.Unlock()
			continue
		}
		deliverLocked(sig)
		mu.Unlock()
	}
}

// deliverLocked hands sig to the interpreters: a Python handler is tripped (it runs in the
// interpreter's main thread), SIG_DFL of a terminating signal ends the process.
func deliverLocked(sig int) {
	if wakeupFd >= 0 {
		_, _ = unix.Write(wakeupFd, []byte{byte(sig)})
	}
	die := false
	for ctx, t := range tables {
		switch h := handlerOf(t, sig); {
		case h == sigIGN:
		case h == sigDFL:
			die = die || terminates[sig]
		case h == defaultIntHandler && sig == int(unix.SIGINT):
			// A second Ctrl-C while the first is still undelivered (the main thread runs a
			// loop without Python calls, where gopy cannot interrupt it) ends the process
			// as SIG_DFL would, rather than leave the user without a way to stop it.
			if rt := gil.Of(ctx); rt != nil {
				die = die || rt.Pending(sig)
				rt.Trip(sig)
			}
		default:
			if rt := gil.Of(ctx); rt != nil {
				rt.Trip(sig)
			}
		}
	}
	if die {
		ExitBySignal(sig)
	}
}

// awaitArrival waits (at most a second) until sig has been relayed more times than
// before, for a process that signalled itself.
func awaitArrival(sig int, before uint64) {
	deadline := time.Now().Add(time.Second)
	mu.Lock()
	defer mu.Unlock()
	for arrived[sig] == before && time.Now().Before(deadline) && notified[sig] != nil {
		// The relay goroutine broadcasts; a timer makes sure the wait ends.
		t := time.AfterFunc(10*time.Millisecond, arrivedCond.Broadcast)
		arrivedCond.Wait()
		t.Stop()
	}
}

func arrivedCount(sig int) uint64 {
	mu.Lock()
	defer mu.Unlock()
	return arrived[sig]
}

// killsByDefault lists the signals whose default action ends the process.
var killsByDefault = map[int]bool{
	int(unix.SIGHUP): true, int(unix.SIGINT): true, int(unix.SIGQUIT): true, int(unix.SIGILL): true,
	int(unix.SIGTRAP): true, int(unix.SIGABRT): true, int(unix.SIGBUS): true, int(unix.SIGFPE): true,
	int(unix.SIGKILL): true, int(unix.SIGUSR1): true, int(unix.SIGSEGV): true, int(unix.SIGUSR2): true,
	int(unix.SIGPIPE): true, int(unix.SIGALRM): true, int(unix.SIGTERM): true, int(unix.SIGSTKFLT): true,
	int(unix.SIGXCPU): true, int(unix.SIGXFSZ): true, int(unix.SIGVTALRM): true, int(unix.SIGPROF): true,
	int(unix.SIGIO): true, int(unix.SIGPWR): true, int(unix.SIGSYS): true,
}

// fatalToSelf reports whether sig, sent by the process to itself, ends it: its handler is
// SIG_DFL in ctx, its default action terminates, and it is not blocked. The caller then
// dies by it at once (ExitBySignal), as CPython would, rather than let the Go runtime
// deliver it a moment later while Python code goes on.
func fatalToSelf(ctx py.Context, sig int) bool {
	mu.Lock()
	defer mu.Unlock()
	t := tables[ctx]
	return t != nil && handlerOf(t, sig) == sigDFL && killsByDefault[sig] && blocked&(1<<uint(sig)) == 0
}

// runHandler is the gil.SignalFunc: it calls the Python handler of sig in ctx.
func runHandler(ctx py.Context, sig int) error {
	mu.Lock()
	t := tables[ctx]
	var h py.Object = sigDFL
	if t != nil {
		h = handlerOf(t, sig)
	}
	mu.Unlock()
	if h == sigDFL || h == sigIGN {
		return nil
	}
	_, err := py.Call(h, py.Tuple{py.Int(sig), py.None}, nil)
	return err
}

// sigaction is the kernel's struct sigaction on Linux.
type sigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// ExitBySignal ends the process by signal sig with its default action, as CPython does for
// a signal whose handler is SIG_DFL, and after an uncaught KeyboardInterrupt for SIGINT.
// Nothing is flushed. If the signal does not end the process, it returns.
func ExitBySignal(sig int) {
	var sa sigaction // SIG_DFL
	_, _, _ = unix.RawSyscall6(unix.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	// The signal goes to this very thread, with the signal unblocked in it: the kernel acts
	// on it when tgkill returns, so no Python code runs after it (a process-directed kill
	// could be taken by another thread a scheduling slice later, on a loaded machine long
	// enough for the script to go on and flush its output).
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var set unix.Sigset_t
	set.Val[0] = 1 << uint(sig-1)
	_ = unix.PthreadSigmask(unix.SIG_UNBLOCK, &set, nil)
	_ = unix.Tgkill(unix.Getpid(), unix.Gettid(), syscall.Signal(sig))
	// A signal whose default action does not end the process (or one another thread
	// blocks the delivery of, in ways the kernel still honours) lets us return.
	time.Sleep(time.Second)
}
