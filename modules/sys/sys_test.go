package sys

import (
	"os"
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

func TestExitStatus(t *testing.T) {
	for _, c := range []struct {
		code   py.Object
		status int
		msg    string
	}{
		{py.None, 0, ""}, {nil, 0, ""}, {py.Int(3), 3, ""}, {py.True, 1, ""}, {py.False, 0, ""},
		{py.String("bye"), 1, "bye"}, {py.Tuple{py.Int(1), py.Int(2)}, 1, "(1, 2)"},
	} {
		status, msg := ExitStatus(c.code)
		if status != c.status || msg != c.msg {
			t.Errorf("ExitStatus(%v) = %d, %q; want %d, %q", c.code, status, msg, c.status, c.msg)
		}
	}
}

func TestSystemExitCode(t *testing.T) {
	mk := func(args ...py.Object) py.Object {
		e, _ := py.ExceptionNew(py.SystemExit, py.Tuple(args), nil)
		return e
	}
	if c := SystemExitCode(mk()); c != py.None {
		t.Errorf("no args: %v", c)
	}
	if c := SystemExitCode(mk(py.Int(4))); c != py.Int(4) {
		t.Errorf("one arg: %v", c)
	}
	if c, ok := SystemExitCode(mk(py.Int(1), py.Int(2))).(py.Tuple); !ok || len(c) != 2 {
		t.Errorf("two args: %v", c)
	}
}

// TestStreamBuffering checks the buffering rules on a pipe: block-buffered text stays in
// the stream until Flush; line-buffered text is written at each newline.
func TestStreamBuffering(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "") // the buffering rules below are those without -u
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_NONBLOCK); err != nil {
		t.Fatal(err)
	}
	r := os.NewFile(uintptr(p[0]), "r")
	defer r.Close()
	defer unix.Close(p[1])
	read := func() string {
		buf := make([]byte, 100)
		n, _ := unix.Read(p[0], buf)
		if n < 0 {
			n = 0
		}
		return string(buf[:n])
	}
	block := NewStream(p[1], "<test>", false)
	if err := block.Write("a line\n"); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "" {
		t.Errorf("block-buffered stream wrote %q before flush", got)
	}
	if err := block.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "a line\n" {
		t.Errorf("after flush read %q", got)
	}
	line := NewStream(p[1], "<test>", true)
	_ = line.Write("partial")
	if got := read(); got != "" {
		t.Errorf("line-buffered stream wrote %q without a newline", got)
	}
	_ = line.Write(" done\n")
	if got := read(); got != "partial done\n" {
		t.Errorf("line-buffered stream: read %q", got)
	}
	null := NewNullStream("<null>")
	if err := null.Write("dropped\n"); err != nil || null.Flush() != nil {
		t.Error("null stream failed")
	}
}

func TestStreamUnbuffered(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "1")
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	s := NewStream(p[1], "<test>", false)
	if err := s.Write("partial"); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := unix.Read(p[0], buf)
	if n < 0 || string(buf[:n]) != "partial" {
		t.Errorf("PYTHONUNBUFFERED stream wrote %q, want %q", buf[:max(n, 0)], "partial")
	}
}
