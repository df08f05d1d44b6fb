package io

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// NewStdio makes sys.stdin (write false), sys.stdout or sys.stderr for descriptor fd, as
// CPython's create_stdio does: a TextIOWrapper with newline '\n' over a BufferedReader or
// BufferedWriter over a FileIO that does not close the descriptor and is named
// "<stdin>"/"<stdout>"/"<stderr>". Output is line-buffered on a terminal and for stderr,
// block-buffered otherwise; with PYTHONUNBUFFERED (gopy -u) stdout and stderr write
// through and have no buffered layer. The encoding is UTF-8 (or PYTHONIOENCODING's), the
// error handler backslashreplace for stderr, and for the others strict, or
// surrogateescape in the C/POSIX locale and the UTF-8 locales Python coerces it to.
// These objects are not closed by Finalize: the interpreter's exit path flushes them.
func NewStdio(ctx py.Context, fd int, name string, write bool) (py.Object, error) {
	unbuffered := os.Getenv("PYTHONUNBUFFERED") != ""
	mode := "rb"
	if write {
		mode = "wb"
	}
	o, _ := allocFileIO(FileIOType, nil, nil)
	raw := o.(*FileIO)
	if err := raw.open(ctx, py.Int(fd), mode, false, py.None); err != nil {
		return nil, err
	}
	_ = raw.SetAttrDirect("name", py.String(name))
	var buffer py.Object = raw
	if !(unbuffered && write) {
		t := BufferedReaderType
		if write {
			t = BufferedWriterType
		}
		b, err := newBuffered(ctx, t, raw, raw.blksize)
		if err != nil {
			return nil, err
		}
		untrack(b)
		buffer = b
	}
	encoding, errors := "utf-8", stdioErrors()
	if name == "<stderr>" {
		errors = "backslashreplace"
	}
	if env := os.Getenv("PYTHONIOENCODING"); env != "" {
		enc, errs, hasErrs := strings.Cut(env, ":")
		if enc != "" {
			encoding = enc
		}
		if hasErrs && errs != "" {
			errors = errs
		}
	}
	opts := textOptions{
		encoding:      encoding,
		errors:        errors,
		newline:       py.String("\n"),
		lineBuffering: !unbuffered && write && (isTerminal(fd) || name == "<stderr>"),
		writeThrou:    unbuffered && write,
	}
	w, _ := allocText(TextIOWrapperType, nil, nil)
	text := w.(*TextIO)
	if err := text.setup(ctx, buffer, opts); err != nil {
		return nil, err
	}
	untrack(text)
	m := "r"
	if write {
		m = "w"
	}
	_ = text.SetAttrDirect("mode", py.String(m))
	return text, nil
}

// stdioErrors is the error handler of stdin and stdout for the current locale.
func stdioErrors() string {
	loc := os.Getenv("LC_ALL")
	if loc == "" {
		loc = os.Getenv("LC_CTYPE")
	}
	if loc == "" {
		loc = os.Getenv("LANG")
	}
	switch strings.ToLower(loc) {
	case "", "c", "posix", "c.utf-8", "c.utf8", "utf-8":
		return "surrogateescape"
	}
	return "strict"
}

// NewNull makes a text stream that discards what is written to it (over /dev/null).
func NewNull(ctx py.Context, name string) (py.Object, error) {
	fd, err := unix.Open("/dev/null", unix.O_WRONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	o, _ := allocFileIO(FileIOType, nil, nil)
	raw := o.(*FileIO)
	if err := raw.open(ctx, py.Int(fd), "wb", true, py.None); err != nil {
		_ = unix.Close(fd)
		return nil, err
	}
	_ = raw.SetAttrDirect("name", py.String(name))
	b, err := newBuffered(ctx, BufferedWriterType, raw, DefaultBufferSize)
	if err != nil {
		return nil, err
	}
	w, _ := allocText(TextIOWrapperType, nil, nil)
	text := w.(*TextIO)
	if err := text.setup(ctx, b, textOptions{encoding: "utf-8", errors: "strict", newline: py.String("\n")}); err != nil {
		return nil, err
	}
	return text, nil
}
