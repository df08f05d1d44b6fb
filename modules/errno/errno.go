// Package errno implements Python's errno module and the mapping every native module uses to
// turn a failed system call into the OSError subclass CPython raises for its errno
// (ChildProcessError for ECHILD, ProcessLookupError for ESRCH, ...), carrying errno and
// strerror as CPython's do: str(e) is "[Errno 10] No child processes".
package errno

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// classes maps an errno to the OSError subclass CPython raises for it (PEP 3151).
var errnoClasses = map[unix.Errno]*py.Type{
	unix.EAGAIN:       py.BlockingIOError,
	unix.EALREADY:     py.BlockingIOError,
	unix.EINPROGRESS:  py.BlockingIOError,
	unix.ECHILD:       py.ChildProcessError,
	unix.EPIPE:        py.BrokenPipeError,
	unix.ESHUTDOWN:    py.BrokenPipeError,
	unix.ECONNABORTED: py.ConnectionAbortedError,
	unix.ECONNREFUSED: py.ConnectionRefusedError,
	unix.ECONNRESET:   py.ConnectionResetError,
	unix.EEXIST:       py.FileExistsError,
	unix.ENOENT:       py.FileNotFoundError,
	unix.EISDIR:       py.IsADirectoryError,
	unix.ENOTDIR:      py.NotADirectoryError,
	unix.EINTR:        py.InterruptedError,
	unix.EACCES:       py.PermissionError,
	unix.EPERM:        py.PermissionError,
	unix.ESRCH:        py.ProcessLookupError,
	unix.ETIMEDOUT:    py.TimeoutError,
}

// Strerror is the C library's message for an errno ("No child processes"): Go's text for
// it with a capital letter, which is glibc's wording for every errno Go knows.
func Strerror(e unix.Errno) string {
	switch e {
	case 133:
		return "Memory page has hardware error" // EHWPOISON, unknown to Go
	}
	s := e.Error()
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + strconv.Itoa(int(e))
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// NewOSError builds the OSError subclass for errno e, with args (errno, strerror) and, when
// filename is not empty, a third argument naming the file. The exception is made by calling
// OSError, as Python code would, so it is the object model's exception (str(e) is
// "[Errno 2] No such file or directory: 'f'", e.errno and e.filename are set); it is
// returned as the error a native function gives back to raise it.
func NewOSError(e unix.Errno, filename string) error {
	args := py.Tuple{py.Int(int(e)), py.String(Strerror(e))}
	if filename != "" {
		args = append(args, py.String(filename))
	}
	v, err := py.Call(py.OSError, args, nil)
	if err != nil {
		return err
	}
	if ex, ok := v.(*py.Exception); ok {
		// gpython's own exception (no object model linked): pick the subclass here.
		if t, ok := errnoClasses[e]; ok {
			ex.Base = t
		}
		ex.Dict["errno"], ex.Dict["strerror"] = args[0], args[1]
		ex.Dict["filename"] = py.None
		if filename != "" {
			ex.Dict["filename"] = args[2]
		}
		return ex
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// FromError converts a Go error from a system call into a Python exception: an errno becomes
// its OSError subclass; anything else becomes a plain OSError with the error's text.
func FromError(err error) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(unix.Errno); ok {
		return NewOSError(e, "")
	}
	return py.ExceptionNewf(py.OSError, "%v", err)
}

func init() {
	globals := py.StringDict{}
	for code := unix.Errno(1); code < 134; code++ {
		name := unix.ErrnoName(code)
		if name == "" {
			continue
		}
		globals[name] = py.Int(int(code))
	}
	globals["EWOULDBLOCK"] = py.Int(int(unix.EAGAIN))
	globals["EDEADLOCK"] = py.Int(int(unix.EDEADLK))
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "errno", Doc: "This module makes available standard errno system symbols."},
		Globals: globals,
	})
}
