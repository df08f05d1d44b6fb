package sys

import (
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
func setupStdio(ctx py.Context, m *py.Module) error {
	if _, ok := m.Globals["__stdout__"].(*pyio.TextIO); ok {
		return nil
	}
	for _, s := range []struct {
		fd          int
		name, attr  string
		writeStream bool
	}{{0, "<stdin>", "stdin", false}, {1, "<stdout>", "stdout", true}, {2, "<stderr>", "stderr", true}} {
		stream, err := pyio.NewStdio(ctx, s.fd, s.name, s.writeStream)
		if err != nil {
			// A closed descriptor gives None, as in CPython.
			stream = py.None
		}
		m.Globals[s.attr], m.Globals["__"+s.attr+"__"] = stream, stream
	}
	return nil
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
