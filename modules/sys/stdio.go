package sys

import (
	"os"
	"sync"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/objects"
)

// bufferSize is the size at which a block-buffered stream writes through, as CPython's
// io.DEFAULT_BUFFER_SIZE.
const bufferSize = 8192

// Stream is sys.stdout or sys.stderr: a text stream over a file descriptor, buffered as
// CPython buffers them. A stream on a terminal is line-buffered; stdout on a pipe or file is
// block-buffered; stderr is always line-buffered (CPython 3.9 and later). Buffered text is
// written by flush(), by a full buffer, and by the interpreter's exit path, so output order
// through a pipe matches CPython's. With PYTHONUNBUFFERED set (as CPython's -u), every write
// goes straight through.
type Stream struct {
	mu           sync.Mutex
	fd           int
	name         string
	lineBuffered bool
	unbuffered   bool
	closed       bool
	buf          []byte
}

// StreamType is the Python type of Stream (CPython's io.TextIOWrapper).
var StreamType = py.NewType("TextIOWrapper", "Character and line based layer over a file descriptor.")

// NewStream returns a writable text stream over fd. forceLine makes it line-buffered even
// when fd is not a terminal; a non-empty PYTHONUNBUFFERED (what `gopy -u` sets) makes it
// write through, as in CPython.
func NewStream(fd int, name string, forceLine bool) *Stream {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return &Stream{fd: fd, name: name, lineBuffered: forceLine || err == nil,
		unbuffered: os.Getenv("PYTHONUNBUFFERED") != ""}
}

// NewNullStream returns a stream that discards what is written to it.
func NewNullStream(name string) *Stream { return &Stream{fd: -1, name: name} }

// Type returns StreamType.
func (s *Stream) Type() *py.Type { return StreamType }

// Write adds text to the stream, writing through when the buffering rule says so.
func (s *Stream) Write(text string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	if s.fd < 0 {
		return nil
	}
	s.buf = append(s.buf, text...)
	if s.unbuffered || len(s.buf) >= bufferSize || (s.lineBuffered && containsNewline(text)) {
		return s.flushLocked()
	}
	return nil
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// Flush writes all buffered text to the file descriptor.
func (s *Stream) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	return s.flushLocked()
}

func (s *Stream) flushLocked() error {
	for len(s.buf) > 0 {
		n, err := unix.Write(s.fd, s.buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			s.buf = s.buf[:0]
			return osError(err)
		}
		s.buf = s.buf[n:]
	}
	s.buf = nil
	return nil
}

// osError converts an errno into the OSError subclass CPython raises for it.
func osError(err error) error {
	errno, ok := err.(unix.Errno)
	if !ok {
		return py.ExceptionNewf(py.OSError, "%v", err)
	}
	t := py.OSError
	switch errno {
	case unix.EPIPE:
		t = py.BrokenPipeError
	case unix.EAGAIN:
		t = py.BlockingIOError
	}
	return py.ExceptionNewf(t, "[Errno %d] %s", int(errno), errno.Error())
}

func init() {
	self := func(o py.Object) (*Stream, error) {
		s, ok := o.(*Stream)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'TextIOWrapper' object but received a '%s'", o.Type().Name)
		}
		return s, nil
	}
	d := StreamType.Dict
	d["write"] = py.MustNewMethod("write", func(o, arg py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		text, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", arg.Type().Name)
		}
		if err := s.Write(string(text)); err != nil {
			return nil, err
		}
		return py.Int(len([]rune(string(text)))), nil
	}, 0, "write(s) -> int: write a string to the stream.")
	d["flush"] = py.MustNewMethod("flush", func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		return py.None, s.Flush()
	}, 0, "flush(): write buffered text to the file descriptor.")
	d["fileno"] = py.MustNewMethod("fileno", func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		return py.Int(s.fd), nil
	}, 0, "fileno() -> int: the underlying file descriptor.")
	d["isatty"] = py.MustNewMethod("isatty", func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		_, terr := unix.IoctlGetTermios(s.fd, unix.TCGETS)
		return py.NewBool(terr == nil), nil
	}, 0, "isatty() -> bool: whether the stream is a terminal.")
	d["writable"] = py.MustNewMethod("writable", func(o py.Object) (py.Object, error) { return py.True, nil }, 0, "writable() -> True")
	d["readable"] = py.MustNewMethod("readable", func(o py.Object) (py.Object, error) { return py.False, nil }, 0, "readable() -> False")
	d["close"] = py.MustNewMethod("close", func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		ferr := s.Flush()
		s.mu.Lock()
		s.closed = true
		s.mu.Unlock()
		return py.None, ferr
	}, 0, "close(): flush and close the stream.")
	d["closed"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return py.NewBool(s.closed), nil
	}}
	d["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		return py.String(s.name), nil
	}}
	d["line_buffering"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		s, err := self(o)
		if err != nil {
			return nil, err
		}
		return py.NewBool(s.lineBuffered), nil
	}}
	d["encoding"] = py.String("utf-8")
	d["errors"] = py.String("strict")
	d["mode"] = py.String("w")
	// CPython's type is _io.TextIOWrapper: its repr and pickle's "cannot pickle
	// '_io.TextIOWrapper' object" name the module.
	d["__module__"] = py.String("_io")
	d["__reduce_ex__"] = py.MustNewMethod("__reduce_ex__", func(o py.Object, args py.Tuple) (py.Object, error) {
		// Protocols 0 and 1 go through copyreg, whose message has the bare name.
		if len(args) == 1 {
			if proto, ok := args[0].(py.Int); ok && proto < 2 {
				return nil, py.ExceptionNewf(py.TypeError, "cannot pickle 'TextIOWrapper' object")
			}
		}
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '_io.TextIOWrapper' object")
	}, 0, "Helper for pickle: a text stream cannot be pickled.")
	builtins.Ready(StreamType)
}

// stdinFile is gpython's reader for fd 0, kept for input() and sys.stdin.read*, made
// iterable by package objects.
func stdinFile() py.Object { return objects.NewFile(&py.File{File: os.Stdin, FileMode: py.FileRead}) }
