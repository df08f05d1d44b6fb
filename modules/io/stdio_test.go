package io

import (
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// pipeReader reads what is in the read end of a non-blocking pipe.
func pipeReader(t *testing.T, fd int) func() string {
	return func() string {
		buf := make([]byte, 100)
		n, _ := unix.Read(fd, buf)
		if n < 0 {
			n = 0
		}
		return string(buf[:n])
	}
}

func write(t *testing.T, s py.Object, text string) {
	t.Helper()
	if _, err := callMethod(s, "write", py.String(text)); err != nil {
		t.Fatal(err)
	}
}

// TestStdioBuffering checks the buffering rules on a pipe: stdout's text stays in the
// stream until flush(); stderr's is written at each newline; with PYTHONUNBUFFERED every
// write goes through.
func TestStdioBuffering(t *testing.T) {
	t.Setenv("PYTHONUNBUFFERED", "")
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_NONBLOCK); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	read := pipeReader(t, p[0])
	out, err := NewStdio(nil, p[1], "<stdout>", true)
	if err != nil {
		t.Fatal(err)
	}
	write(t, out, "a line\n")
	if got := read(); got != "" {
		t.Errorf("block-buffered stream wrote %q before flush", got)
	}
	if _, err := callMethod(out, "flush"); err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "a line\n" {
		t.Errorf("after flush read %q", got)
	}
	errs, err := NewStdio(nil, p[1], "<stderr>", true)
	if err != nil {
		t.Fatal(err)
	}
	write(t, errs, "partial")
	if got := read(); got != "" {
		t.Errorf("line-buffered stream wrote %q without a newline", got)
	}
	write(t, errs, " done\n")
	if got := read(); got != "partial done\n" {
		t.Errorf("line-buffered stream: read %q", got)
	}
	t.Setenv("PYTHONUNBUFFERED", "1")
	raw, err := NewStdio(nil, p[1], "<stdout>", true)
	if err != nil {
		t.Fatal(err)
	}
	write(t, raw, "partial")
	if got := read(); got != "partial" {
		t.Errorf("PYTHONUNBUFFERED stream wrote %q, want %q", got, "partial")
	}
	null, err := NewNull(nil, "<null>")
	if err != nil {
		t.Fatal(err)
	}
	write(t, null, "dropped\n")
	if _, err := callMethod(null, "flush"); err != nil {
		t.Error(err)
	}
}
