package multiprocessing

import (
	"bufio"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// TrackerEnv is the environment variable that marks a re-executed binary as the resource
// tracker; its value is the number of the descriptor it reads commands from.
const TrackerEnv = "GOPY_RESOURCE_TRACKER"

// The resource tracker (CPython's multiprocessing.resource_tracker): a process started on
// the first register() that reads "CMD:name:rtype\n" lines from a pipe whose write end
// every process of the program holds (spawned children inherit it). When the last write
// end closes, that is when every process of the program has exited, however it ended
// (SIGKILL included), it unlinks the resources still registered and warns about them on
// stderr as CPython's does. The tracker is the running binary re-executed with TrackerEnv
// set, served where children are (ServeTracker, called by interp.Main, or by interp's init
// function in a go test binary). It is per process, not per interpreter, as CPython's.
var tracker = struct {
	mu  sync.Mutex
	fd  int // the write end, -1 when not started or inherited
	pid int // the tracker's pid when this process started it
}{fd: -1}

// The file and lines of CPython's resource_tracker.py that its warnings and tracebacks name.
const (
	trackerFile        = "multiprocessing/resource_tracker.py"
	trackerLineDied    = 123
	trackerLineLeaked  = 254
	trackerLineCleanup = 267
)

// trackerRtypes are the resource types the tracker knows, in CPython's order.
var trackerRtypes = []string{"noop", "semaphore", "shared_memory"}

// userWarning prints a warning as CPython's warnings module shows it: the location, the
// message, and the source line of the call.
func userWarning(line int, msg, source string) {
	fmt.Fprintf(os.Stderr, "%s:%d: UserWarning: %s\n  %s\n", trackerFile, line, msg, source)
}

// trackerEnsureRunning starts the tracker unless it runs (a probe through the pipe tells).
func trackerEnsureRunning() error {
	tracker.mu.Lock()
	defer tracker.mu.Unlock()
	return trackerEnsureRunningLocked()
}

func trackerEnsureRunningLocked() error {
	if tracker.fd >= 0 {
		if _, err := unix.Write(tracker.fd, []byte("PROBE:0:noop\n")); err == nil {
			return nil
		}
		unix.Close(tracker.fd)
		if tracker.pid > 0 {
			var ws unix.WaitStatus
			_, _ = unix.Wait4(tracker.pid, &ws, 0, nil)
		}
		tracker.fd, tracker.pid = -1, 0
		userWarning(trackerLineDied, "resource_tracker: process died unexpectedly, relaunching.  Some resources might leak.",
			"warnings.warn('resource_tracker: process died unexpectedly, '")
	}
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		return errno.FromError(err)
	}
	r := os.NewFile(uintptr(p[0]), "resource-tracker")
	defer r.Close()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		unix.Close(p[1])
		return errno.FromError(err)
	}
	defer devnull.Close()
	entry := "init"
	if ChildEntry != nil {
		if entry, err = ChildEntry(); err != nil {
			unix.Close(p[1])
			return err
		}
	}
	proc, err := os.StartProcess(pysys.Executable(), []string{os.Args[0], "--multiprocessing-resource-tracker"}, &os.ProcAttr{
		Env:   append(os.Environ(), TrackerEnv+"=3", ChildEntryEnv+"="+entry),
		Files: []*os.File{devnull, devnull, os.Stderr, r},
	})
	if err != nil {
		unix.Close(p[1])
		return py.ExceptionNewf(py.OSError, "cannot start the resource tracker: %v", err)
	}
	tracker.fd, tracker.pid = p[1], proc.Pid
	// The tracker outlives this process; it is never waited for unless it dies first.
	_ = proc.Release()
	return nil
}

// trackerSend is CPython's ResourceTracker._send.
func trackerSend(cmd, name, rtype string) error {
	tracker.mu.Lock()
	defer tracker.mu.Unlock()
	if err := trackerEnsureRunningLocked(); err != nil {
		return err
	}
	msg := cmd + ":" + name + ":" + rtype + "\n"
	for _, c := range msg {
		if c > 127 {
			return py.ExceptionNewf(py.UnicodeEncodeError, "'ascii' codec can't encode character %s in position %d: ordinal not in range(128)",
				strconv.QuoteToASCII(string(c)), strings.IndexRune(msg, c))
		}
	}
	if len(msg) > 512 {
		return py.ExceptionNewf(py.ValueError, "msg too long")
	}
	if _, err := unix.Write(tracker.fd, []byte(msg)); err != nil {
		return errno.FromError(err)
	}
	return nil
}

// trackerFd is the tracker's write end when it runs in (or was inherited by) this process,
// else -1: a spawned child inherits it as a forked one would.
func trackerFd() int {
	tracker.mu.Lock()
	defer tracker.mu.Unlock()
	return tracker.fd
}

// trackerInherit is called in a spawned child with the descriptor its parent handed over.
func trackerInherit(fd int) {
	tracker.mu.Lock()
	tracker.fd, tracker.pid = fd, 0
	tracker.mu.Unlock()
}

// IsTracker reports whether the running process is the resource tracker, which the
// program must serve with ServeTracker.
func IsTracker() bool { return os.Getenv(TrackerEnv) != "" }

// ServeTracker runs the resource tracker and exits, never returning; package interp calls
// it where it serves spawned children (interp.Main, or its init function in a go test
// binary that does not call Main: see ChildEntry).
func ServeTracker() {
	fd, err := strconv.Atoi(os.Getenv(TrackerEnv))
	if err != nil {
		os.Exit(2)
	}
	trackerMain(fd)
	os.Exit(0)
}

// trackerMain is the tracker process: it ignores SIGINT and SIGTERM (a Ctrl-C or a
// "kill" of the program's process group must not stop it before the others), keeps the
// registered names until EOF, then cleans up what is left.
func trackerMain(fd int) {
	os.Unsetenv(TrackerEnv)
	os.Unsetenv(ChildEntryEnv)
	signal.Ignore(unix.SIGINT, unix.SIGTERM)
	cache := map[string][]string{}
	in := bufio.NewReader(os.NewFile(uintptr(fd), "resource-tracker"))
	for {
		line, err := in.ReadString('\n')
		if line != "" {
			trackerCommand(cache, strings.TrimSpace(line))
		}
		if err != nil {
			break
		}
	}
	for _, rtype := range trackerRtypes {
		names := cache[rtype]
		if len(names) > 0 {
			userWarning(trackerLineLeaked, fmt.Sprintf("resource_tracker: There appear to be %d leaked %s objects to clean up at shutdown", len(names), rtype),
				"warnings.warn('resource_tracker: There appear to be %d '")
		}
		for _, name := range names {
			if err := trackerCleanup(rtype, name); err != "" {
				userWarning(trackerLineCleanup, fmt.Sprintf("resource_tracker: %s: %s", pyQuote(name), err),
					"warnings.warn('resource_tracker: %r: %s' % (name, e))")
			}
		}
	}
}

// trackerCommand applies one command line; an invalid one is reported as CPython's tracker
// reports it (a traceback through sys.excepthook) and otherwise ignored.
func trackerCommand(cache map[string][]string, line string) {
	parts := strings.Split(line, ":")
	fail := func(lineno int, source, exc string) {
		fmt.Fprintf(os.Stderr, "Traceback (most recent call last):\n  File \"%s\", line %d, in main\n    %s\n%s\n", trackerFile, lineno, source, exc)
	}
	if len(parts) != 3 {
		msg := fmt.Sprintf("ValueError: not enough values to unpack (expected 3, got %d)", len(parts))
		if len(parts) > 3 {
			msg = "ValueError: too many values to unpack (expected 3)"
		}
		fail(229, "cmd, name, rtype = line.strip().decode('ascii').split(':')", msg)
		return
	}
	cmd, name, rtype := parts[0], parts[1], parts[2]
	known := false
	for _, r := range trackerRtypes {
		known = known || r == rtype
	}
	if !known {
		fail(232, "raise ValueError(", fmt.Sprintf("ValueError: Cannot register %s for automatic cleanup: unknown resource type %s", name, rtype))
		return
	}
	switch cmd {
	case "REGISTER":
		for _, n := range cache[rtype] {
			if n == name {
				return
			}
		}
		cache[rtype] = append(cache[rtype], name)
	case "UNREGISTER":
		for i, n := range cache[rtype] {
			if n == name {
				cache[rtype] = append(cache[rtype][:i], cache[rtype][i+1:]...)
				return
			}
		}
		fail(239, "cache[rtype].remove(name)", "KeyError: "+pyQuote(name))
	case "PROBE":
	default:
		fail(243, "raise RuntimeError('unrecognized command %r' % cmd)", "RuntimeError: unrecognized command "+pyQuote(cmd))
	}
}

// trackerCleanup unlinks a leaked resource: a shared memory segment (shm_unlink) or a named
// semaphore (sem_unlink).
// The result is the str() of CPython's OSError.
func trackerCleanup(rtype, name string) string {
	switch rtype {
	case "shared_memory":
		if err := unix.Unlink(shmPath(name)); err != nil {
			e, _ := err.(unix.Errno)
			return fmt.Sprintf("[Errno %d] %s: %s", int(e), errno.Strerror(e), pyQuote(name))
		}
	case "semaphore":
		if err := unix.Unlink("/dev/shm/sem." + strings.TrimPrefix(name, "/")); err != nil {
			e, _ := err.(unix.Errno)
			return fmt.Sprintf("[Errno %d] %s", int(e), errno.Strerror(e))
		}
	}
	return ""
}

// pyQuote is repr() of an ASCII str.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		return "\"" + s + "\""
	}
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, "\\", "\\\\"), "'", "\\'") + "'"
}

func init() {
	send := func(cmd, fname string) *py.Method {
		return py.MustNewMethod(fname, func(self py.Object, args py.Tuple) (py.Object, error) {
			var name, rtype py.Object
			if err := py.UnpackTuple(args, nil, fname, 2, 2, &name, &rtype); err != nil {
				return nil, err
			}
			n, err := py.StrAsString(name)
			if err != nil {
				return nil, err
			}
			r, err := py.StrAsString(rtype)
			if err != nil {
				return nil, err
			}
			return py.None, trackerSend(cmd, n, r)
		}, 0, strings.ToUpper(fname[:1])+fname[1:]+" name of resource with resource tracker.")
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.resource_tracker", Doc: "A process that unlinks the shared memory segments of a program's processes once they have all exited."},
		Methods: []*py.Method{
			send("REGISTER", "register"),
			send("UNREGISTER", "unregister"),
			py.MustNewMethod("ensure_running", func(self py.Object) (py.Object, error) {
				return py.None, trackerEnsureRunning()
			}, 0, "Make sure that resource tracker process is running."),
			py.MustNewMethod("getfd", func(self py.Object) (py.Object, error) {
				if err := trackerEnsureRunning(); err != nil {
					return nil, err
				}
				return py.Int(trackerFd()), nil
			}, 0, "Return the write end of the tracker's pipe, starting the tracker if needed."),
		},
	})
}
