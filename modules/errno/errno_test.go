package errno

import (
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

func TestNewOSError(t *testing.T) {
	for _, c := range []struct {
		errno unix.Errno
		typ   *py.Type
		text  string
	}{
		{unix.ECHILD, py.ChildProcessError, "No child processes"},
		{unix.ESRCH, py.ProcessLookupError, "No such process"},
		{unix.EBADF, py.OSError, "Bad file descriptor"},
		{unix.EPIPE, py.BrokenPipeError, "Broken pipe"},
		{unix.ENOENT, py.FileNotFoundError, "No such file or directory"},
	} {
		e := NewOSError(c.errno, "")
		args := e.Args.(py.Tuple)
		if e.Base != c.typ || args[0] != py.Int(int(c.errno)) || args[1] != py.String(c.text) {
			t.Errorf("NewOSError(%d) = %s%v, want %s(%d, %q)", c.errno, e.Base.Name, args, c.typ.Name, c.errno, c.text)
		}
	}
	if e := NewOSError(unix.ENOENT, "f.txt"); len(e.Args.(py.Tuple)) != 3 || e.Dict["filename"] != py.String("f.txt") {
		t.Errorf("filename not kept: %v", e.Args)
	}
	if err := FromError(nil); err != nil {
		t.Errorf("FromError(nil) = %v", err)
	}
}
