package sys

import (
	"os"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	pyio "github.com/gopyrt/gopy/modules/io"
)

// The standard streams are io objects (modules/io.NewStdio): TextIOWrapper over a
// buffered layer over a FileIO on descriptors 0, 1 and 2, buffered as CPython buffers them
// (stdout block-buffered on a pipe or file and line-buffered on a terminal, stderr
// line-buffered, both writing through with PYTHONUNBUFFERED / gopy -u).

// setupStdio gives ctx's sys module its streams, once: sys.stdin, sys.stdout, sys.stderr
// and the __stdin__, __stdout__, __stderr__ originals.
func setupStdio(ctx py.Context, m *py.Module, fds []int) error {
	if _, ok := m.Globals["__stdout__"].(*pyio.TextIO); ok {
		return nil
	}
	for _, s := range []struct {
		fd          int
		name, attr  string
		writeStream bool
	}{{0, "<stdin>", "stdin", false}, {1, "<stdout>", "stdout", true}, {2, "<stderr>", "stderr", true}} {
		fd := s.fd
		if len(fds) == 3 {
			fd = fds[s.fd]
		}
		stream, err := pyio.NewStdio(ctx, fd, s.name, s.writeStream)
		if err != nil {
			// A closed descriptor gives None, as in CPython.
			stream = py.None
		}
		m.Globals[s.attr], m.Globals["__"+s.attr+"__"] = stream, stream
	}
	return nil
}

// childStdio holds, per context, the files its multiprocessing children get as their
// standard output and error (SetChildStdio).
var childStdio sync.Map // py.Context -> [2]*os.File

// SetChildStdio makes out and errOut the standard output and error of the children ctx
// starts (an embedding program's Stdout and Stderr); nil files forget the setting.
func SetChildStdio(ctx py.Context, out, errOut *os.File) {
	if out == nil && errOut == nil {
		childStdio.Delete(ctx)
		return
	}
	childStdio.Store(ctx, [2]*os.File{out, errOut})
}

// ChildStdio returns the standard output and error for the children of ctx: the process's
// own unless SetChildStdio chose others.
func ChildStdio(ctx py.Context) (out, errOut *os.File) {
	out, errOut = os.Stdout, os.Stderr
	if v, ok := childStdio.Load(ctx); ok {
		f := v.([2]*os.File)
		if f[0] != nil {
			out = f[0]
		}
		if f[1] != nil {
			errOut = f[1]
		}
	}
	return out, errOut
}

// NewNullStream returns a text stream that discards what is written to it.
func NewNullStream(ctx py.Context, name string) py.Object {
	s, err := pyio.NewNull(ctx, name)
	if err != nil {
		return py.None
	}
	return s
}

// writeStderrFd writes text to descriptor 2 directly: the last resort when sys.stderr is
// missing or fails.
func writeStderrFd(text string) {
	b := []byte(text)
	for len(b) > 0 {
		n, err := unix.Write(2, b)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}
