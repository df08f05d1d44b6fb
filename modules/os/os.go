// Package os completes gpython's os module to CPython 3.11's on Linux, on x/sys/unix:
//
//   - the process primitives multiprocessing stands on: getppid, waitpid/wait and the W*
//     status macros, waitstatus_to_exitcode, kill, _exit, process groups, dup/dup2 and the
//     inheritable/blocking flags (os.go, process.go);
//   - files: stat/lstat/fstat and stat_result, scandir and DirEntry, listdir, unlink,
//     rename/replace, links, chmod/chown, access, utime, mkdir/mkfifo/mknod, truncate,
//     statvfs (stat.go, scandir.go, files.go, more.go), os.open and the descriptor calls
//     (fd.go), execv/execve (exec.go); walk, fwalk, makedirs, removedirs, renames,
//     fsencode/fsdecode, PathLike and the exec variants
//     are Python source (os.py);
//   - system information: uname, times, ids, umask, urandom, sysconf, priorities
//     (sysinfo.go); os.environ (environ.go);
//   - os.path, the posixpath module (path.go, posixpath.py).
//
// Struct sequences (stat_result, terminal_size, uname_result ...) are structseq.go's.
// Arguments are parsed as Argument Clinic does, with its messages (args.go). Failed calls
// raise the OSError subclass CPython raises for their errno (package errno), with the
// file names CPython attaches, and calls interrupted by a signal are retried as PEP 475
// requires.
package os

import (
	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's os ModuleImpl, which this extends
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

func init() {
	methods := []*py.Method{
		py.MustNewMethod("getpid", func(self py.Object) (py.Object, error) { return py.Int(unix.Getpid()), nil }, 0, "Return the current process id."),
		py.MustNewMethod("getppid", func(self py.Object) (py.Object, error) { return py.Int(unix.Getppid()), nil }, 0, "Return the parent's process id."),
		py.MustNewMethod("waitpid", waitpid, 0, "Wait for completion of a given child process.\n\nReturns a tuple of information regarding the child process:\n    (pid, status)"),
		py.MustNewMethod("wait", wait, 0, "Wait for completion of a child process.\n\nReturns a tuple of information about the child process:\n  (pid, status)"),
		py.MustNewMethod("waitstatus_to_exitcode", waitstatusToExitcode, 0, "Convert a wait status to an exit code."),
		py.MustNewMethod("kill", kill, 0, "Kill a process with a signal."),
		py.MustNewMethod("_exit", exit, 0, "Exit to the system with specified status, without normal exit processing."),
		py.MustNewMethod("pipe", pipe, 0, "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)"),
		py.MustNewMethod("read", read, 0, "Read from a file descriptor."),
		py.MustNewMethod("write", write, 0, "Write a bytes object to a file descriptor."),
		py.MustNewMethod("close", closeFd, 0, "Close a file descriptor."),
		py.MustNewMethod("cpu_count", func(self py.Object) (py.Object, error) { return py.Int(cpuCount()), nil }, 0, "Return the number of CPUs in the system; return None if indeterminable."),
	}
	addMethods(append(methods, statusMacros()...)...)
	impl := py.GetModuleImpl("os")
	impl.Globals["WNOHANG"] = py.Int(unix.WNOHANG)
	impl.Globals["WUNTRACED"] = py.Int(unix.WUNTRACED)
	impl.Globals["WCONTINUED"] = py.Int(unix.WCONTINUED)
}

// intArgs unpacks exactly len(convs) int arguments, each with its converter (asInt for a
// C int, asPid ...).
func intArgs(fname string, args py.Tuple, convs ...conv) ([]int, error) {
	if len(args) != len(convs) {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", fname, len(convs), len(args))
	}
	out := make([]int, len(args))
	for i, a := range args {
		v, err := convs[i](a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// AsInt converts an int argument as CPython's C int converter does (OverflowError beyond
// 32 bits).
func AsInt(a py.Object) (int, error) { return asInt(a) }

// AsLong converts an int argument as CPython's C long converter does.
func AsLong(a py.Object) (int64, error) { return asLong(a) }

// AsIntFormat converts an argument CPython parses with the "i" format (a pid, a
// descriptor some functions take so): a C long first, then the range of a C int.
func AsIntFormat(a py.Object) (int, error) { return asPid(a) }

// Wait4 is waitpid(2) retried on EINTR, returning the pid and the raw wait status.
func Wait4(pid, options int) (int, int, error) {
	for {
		var ws unix.WaitStatus
		got, err := unix.Wait4(pid, &ws, options, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, 0, errno.FromError(err)
		}
		if got == 0 {
			return 0, 0, nil
		}
		return got, int(ws), nil
	}
}

func waitpid(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := intArgs("waitpid", args, asPid, asPid)
	if err != nil {
		return nil, err
	}
	pid, status, err := waitBlocking(ctxOf(self), a[0], a[1])
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(pid), py.Int(status)}, nil
}

func wait(self py.Object) (py.Object, error) {
	pid, status, err := waitBlocking(ctxOf(self), -1, 0)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(pid), py.Int(status)}, nil
}

// ExitCode converts a raw wait status into CPython's exit code: the exit status, or -N for
// a process killed by signal N.
func ExitCode(status int) (int, error) {
	ws := unix.WaitStatus(status)
	switch {
	case ws.Exited():
		return ws.ExitStatus(), nil
	case ws.Signaled():
		return -int(ws.Signal()), nil
	case ws.Stopped():
		return 0, py.ExceptionNewf(py.ValueError, "process stopped by delivery of signal %d", int(ws.StopSignal()))
	}
	return 0, py.ExceptionNewf(py.ValueError, "invalid wait status: %d", status)
}

func waitstatusToExitcode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var st py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:waitstatus_to_exitcode", []string{"status"}, &st); err != nil {
		return nil, err
	}
	status, err := asInt(st)
	if err != nil {
		return nil, err
	}
	code, err := ExitCode(status)
	if err != nil {
		return nil, err
	}
	return py.Int(code), nil
}

// statusMacros are WIFEXITED & co: functions of a raw wait status.
func statusMacros() []*py.Method {
	boolMacro := func(name string, f func(unix.WaitStatus) bool) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs(name, args, asInt)
			if err != nil {
				return nil, err
			}
			return py.NewBool(f(unix.WaitStatus(a[0]))), nil
		}, 0, "Return True if the process returning status "+name[1:]+".")
	}
	intMacro := func(name string, f func(unix.WaitStatus) int) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs(name, args, asInt)
			if err != nil {
				return nil, err
			}
			return py.Int(f(unix.WaitStatus(a[0]))), nil
		}, 0, "Return the "+name[1:]+" of the process returning status.")
	}
	return []*py.Method{
		boolMacro("WIFEXITED", unix.WaitStatus.Exited),
		boolMacro("WIFSIGNALED", unix.WaitStatus.Signaled),
		boolMacro("WIFSTOPPED", unix.WaitStatus.Stopped),
		boolMacro("WIFCONTINUED", unix.WaitStatus.Continued),
		boolMacro("WCOREDUMP", unix.WaitStatus.CoreDump),
		intMacro("WEXITSTATUS", func(ws unix.WaitStatus) int { return int(ws>>8) & 0xff }),
		intMacro("WTERMSIG", func(ws unix.WaitStatus) int { return int(ws & 0x7f) }),
		intMacro("WSTOPSIG", func(ws unix.WaitStatus) int { return int(ws>>8) & 0xff }),
	}
}

func kill(self py.Object, args py.Tuple) (py.Object, error) {
	// The signal is a Py_ssize_t that CPython casts to int for kill(2).
	a, err := intArgs("kill", args, asPid, ssizeCast)
	if err != nil {
		return nil, err
	}
	send := func() error {
		if err := unix.Kill(a[0], unix.Signal(a[1])); err != nil {
			return errno.FromError(err)
		}
		return nil
	}
	if KillHook != nil {
		var ctx py.Context
		if m, ok := self.(*py.Module); ok {
			ctx = m.Context
		}
		err = KillHook(ctx, a[0], a[1], send)
	} else {
		err = send()
	}
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// KillHook, when set (by package signal), performs os.kill: it calls send, which sends the
// signal, and may then wait for a signal sent to this very process and run its handler, as
// CPython does before the next bytecode.
var KillHook func(ctx py.Context, pid, sig int, send func() error) error

// Exit ends the process at once with status, without flushing or running exit handlers.
// It is a variable so that tests can observe it.
var Exit = unix.Exit

func exit(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := intArgs("_exit", args, asInt)
	if err != nil {
		return nil, err
	}
	Exit(a[0])
	return py.None, nil
}

func pipe(self py.Object) (py.Object, error) {
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		return nil, errno.FromError(err)
	}
	return py.Tuple{py.Int(p[0]), py.Int(p[1])}, nil
}

func read(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := intArgs("read", args, asInt, asSsizeInt)
	if err != nil {
		return nil, err
	}
	if a[1] < 0 {
		return nil, errno.FromError(unix.EINVAL)
	}
	buf := make([]byte, min(a[1], 1<<20))
	if err := waitFd(ctxOf(self), a[0], unix.POLLIN); err != nil {
		return nil, err
	}
	for {
		var n int
		var err error
		gil.Unlocked(ctxOf(self), func() { n, err = unix.Read(a[0], buf) })
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errno.FromError(err)
		}
		return py.Bytes(buf[:n]), nil
	}
}

func write(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "write expected 2 arguments, got %d", len(args))
	}
	fd, err := asInt(args[0])
	if err != nil {
		return nil, err
	}
	data, err := writeData(args[1])
	if err != nil {
		return nil, err
	}
	if err := waitFd(ctxOf(self), fd, unix.POLLOUT); err != nil {
		return nil, err
	}
	for {
		var n int
		var err error
		gil.Unlocked(ctxOf(self), func() { n, err = unix.Write(fd, data) })
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errno.FromError(err)
		}
		return py.Int(n), nil
	}
}

// writeData is the bytes of write()'s bytes-like argument: a bytes object as it is, a
// bytearray's or memoryview's contents copied (the write runs without the GIL, while
// another thread could resize them).
func writeData(o py.Object) ([]byte, error) {
	if b, ok := o.(py.Bytes); ok {
		return b, nil
	}
	if b, ok := objects.BytesLike(o); ok {
		return append([]byte(nil), b...), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func closeFd(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := intArgs("close", args, asInt)
	if err != nil {
		return nil, err
	}
	if isRuntimeFd(a[0]) {
		return nil, errno.FromError(unix.EBADF)
	}
	if err := unix.Close(a[0]); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

func cpuCount() int {
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &set); err == nil && set.Count() > 0 {
		return set.Count()
	}
	return 1
}
