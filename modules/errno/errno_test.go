package errno_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/errno"
	"github.com/gopyrt/gopy/modules/traceback"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestNewOSError(t *testing.T) {
	for _, c := range []struct {
		errno unix.Errno
		typ   *py.Type
		line  string
	}{
		{unix.ECHILD, py.ChildProcessError, "ChildProcessError: [Errno 10] No child processes"},
		{unix.ESRCH, py.ProcessLookupError, "ProcessLookupError: [Errno 3] No such process"},
		{unix.EBADF, py.OSError, "OSError: [Errno 9] Bad file descriptor"},
		{unix.EPIPE, py.BrokenPipeError, "BrokenPipeError: [Errno 32] Broken pipe"},
	} {
		info := traceback.Info(errno.NewOSError(c.errno, ""))
		if info.Type != c.typ {
			t.Errorf("errno %d raised %s, want %s", c.errno, info.Type.Name, c.typ.Name)
		}
		if got := traceback.ExceptionLine(info.Value); got != c.line {
			t.Errorf("errno %d: %q, want %q", c.errno, got, c.line)
		}
		if args := classes.ExcArgs(info.Value); len(args) != 2 || args[0] != py.Int(int(c.errno)) {
			t.Errorf("errno %d: args %v", c.errno, args)
		}
	}
	info := traceback.Info(errno.NewOSError(unix.ENOENT, "f.txt"))
	if got := traceback.ExceptionLine(info.Value); got != "FileNotFoundError: [Errno 2] No such file or directory: 'f.txt'" {
		t.Errorf("with a file name: %q", got)
	}
	if s, err := py.StrAsString(info.Value); err != nil || s != "[Errno 2] No such file or directory: 'f.txt'" {
		t.Errorf("str() = %q, %v", s, err)
	}
	if err := errno.FromError(nil); err != nil {
		t.Errorf("FromError(nil) = %v", err)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
