package io

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// The four base classes of _io (CPython's iobase.c and the base parts of bufferedio.c and
// textio.c): _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase. Their methods are
// written against any object, reaching the others through attribute lookup, so that Python
// subclasses that define read(), readinto(), peek() or flush() get the derived methods
// (readline, iteration, readall, readinto, close...) built on theirs. An instance of a
// Python subclass is an *IOBase; its closed state is the "__IOBase_closed" entry of its
// __dict__, as in CPython.

// IOBase is an instance of one of the base classes or of a Python subclass of one.
type IOBase struct {
	classes.Instance
}

func allocIOBase(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	o := &IOBase{}
	o.Init(cls, o)
	return o, nil
}

// Base classes of _io.
var (
	IOBaseType = classes.NewNativeType("_IOBase", "_io",
		"The abstract base class for all I/O classes.", py.ObjectType, allocIOBase)
	RawIOBaseType = classes.NewNativeType("_RawIOBase", "_io",
		"Base class for raw binary I/O.", IOBaseType, allocIOBase)
	BufferedIOBaseType = classes.NewNativeType("_BufferedIOBase", "_io",
		"Base class for buffered IO objects.", IOBaseType, allocIOBase)
	TextIOBaseType = classes.NewNativeType("_TextIOBase", "_io",
		"Base class for text I/O.", IOBaseType, allocIOBase)
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// UnsupportedOperation is io.UnsupportedOperation: an OSError and a ValueError at once.
var UnsupportedOperation = func() *py.Type {
	t := classes.NewExceptionType("UnsupportedOperation", "io", "", py.OSError)
	t.Bases = py.Tuple{py.OSError, py.ValueError}
	t.Flags &^= py.TPFLAGS_READY
	t.Mro = nil
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}()

func unsupported(msg string) error { return py.ExceptionNewf(UnsupportedOperation, "%s", msg) }

func closedError() error { return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.") }

// callMethod calls o.name(*args).
func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}

// truth is bool(o).
func truth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// isClosed reads o.closed.
func isClosed(o py.Object) (bool, error) {
	c, err := py.GetAttrString(o, "closed")
	if err != nil {
		return false, err
	}
	return truth(c)
}

// checkClosed is _IOBase._checkClosed: ValueError when o.closed is true.
func checkClosed(o py.Object) error {
	c, err := isClosed(o)
	if err != nil {
		return err
	}
	if c {
		return closedError()
	}
	return nil
}

// checkAbility is _checkReadable / _checkWritable / _checkSeekable: o.<what>() must be True.
func checkAbility(o py.Object, what string) error {
	r, err := callMethod(o, what)
	if err != nil {
		return err
	}
	if r != py.True {
		return unsupported("File or stream is not " + what[:len(what)-4] + "able.")
	}
	return nil
}

const closedFlag = "__IOBase_closed"

// flagClosed reports whether close() was called on a base-class instance (the dict entry).
func flagClosed(o py.Object) bool {
	if i := classes.AsInstance(o); i != nil {
		v, ok := i.AttrDirect(closedFlag)
		if ok {
			t, _ := truth(v)
			return t
		}
	}
	return false
}

// sizeArg converts an optional size argument (None or an index; -1 when absent).
func sizeArg(args py.Tuple, kwargs py.StringDict, fn string) (int, error) {
	var v py.Object = py.None
	if err := objects.ParseArgs(fn, args, kwargs, []string{"size"}, 1, 0, &v); err != nil {
		return 0, err
	}
	return optSize(v)
}

func optSize(v py.Object) (int, error) {
	if v == nil || v == py.None {
		return -1, nil
	}
	n, err := objects.IndexInt(v)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", v.Type().Name)
	}
	return n, nil
}

// method adds a method to a type's Dict. gpython asks a class's own Dict for the dunders
// of operations on the class object (repr(cls), iter(cls)...): those get the class's
// answer, not the instances' method.
func method(t *py.Type, name, doc string, fn classes.Fn) {
	if strings.HasPrefix(name, "__") && name != "__init__" {
		inner := fn
		fn = func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if c, ok := self.(*py.Type); ok {
				return classes.ClassDunder(c, name, args)
			}
			return inner(self, args, kw)
		}
	}
	t.Dict[name] = classes.NewMethodOf(t.Name, name, doc, fn)
}

func noArgs(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) > 0 || len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
	}
	return nil
}

// readlineGeneric is _IOBase.readline(size=-1) on bytes: it reads with peek() when the
// object has one (up to the newline in what peek shows), else a byte at a time.
func readlineGeneric(self py.Object, limit int) (py.Object, error) {
	peek, perr := py.GetAttrString(self, "peek")
	hasPeek := perr == nil
	var out []byte
	for limit < 0 || len(out) < limit {
		want := 1
		if hasPeek {
			ahead, err := py.Call(peek, py.Tuple{py.Int(1)}, nil)
			if err != nil {
				return nil, err
			}
			b, ok := objects.BytesLike(ahead)
			if !ok {
				return nil, py.ExceptionNewf(py.OSError, "peek() should have returned a bytes object, not '%s'", ahead.Type().Name)
			}
			if len(b) > 0 {
				want = len(b)
				for i, c := range b {
					if c == '\n' {
						want = i + 1
						break
					}
				}
				if limit >= 0 && want > limit-len(out) {
					want = limit - len(out)
				}
			}
		}
		chunk, err := callMethod(self, "read", py.Int(want))
		if err != nil {
			return nil, err
		}
		b, ok := chunk.(py.Bytes)
		if !ok {
			if chunk == py.None {
				break
			}
			return nil, py.ExceptionNewf(py.OSError, "read() should have returned a bytes object, not '%s'", chunk.Type().Name)
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return py.Bytes(out), nil
}

// readlines is _IOBase.readlines(hint=-1): lines from next() until their total length
// reaches hint.
func readlines(self py.Object, hintObj py.Object) (py.Object, error) {
	hint := -1
	if hintObj != nil && hintObj != py.None {
		n, err := objects.IndexInt(hintObj)
		if err != nil {
			return nil, err
		}
		hint = n
	}
	it, err := py.Iter(self)
	if err != nil {
		return nil, err
	}
	var lines []py.Object
	total := 0
	for {
		line, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				break
			}
			return nil, err
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := objects.Len(line)
			if err != nil {
				return nil, err
			}
			total += int(n.(py.Int))
			if total >= hint {
				break
			}
		}
	}
	return py.NewListFromItems(lines), nil
}

func init() {
	t := IOBaseType
	method(t, "seek", "Change the stream position to the given byte offset.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, unsupported("seek")
	})
	method(t, "tell", "Return current stream position.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return callMethod(self, "seek", py.Int(0), py.Int(1))
	})
	method(t, "truncate", "Truncate file to size bytes.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, unsupported("truncate")
	})
	method(t, "flush", "Flush write buffers, if applicable.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if flagClosed(self) {
			return nil, closedError()
		}
		return py.None, nil
	})
	method(t, "close", "Flush and close the IO object.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if flagClosed(self) {
			return py.None, nil
		}
		_, ferr := callMethod(self, "flush")
		if i := classes.AsInstance(self); i != nil {
			_ = i.SetAttrDirect(closedFlag, py.True)
		}
		if ferr != nil {
			return nil, ferr
		}
		return py.None, nil
	})
	for _, name := range []string{"seekable", "readable", "writable"} {
		method(t, name, "Return whether object supports "+name[:len(name)-4]+"ing.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.False, nil
		})
	}
	for _, name := range []string{"seekable", "readable", "writable"} {
		name := name
		method(t, "_check"+string(name[0]-32)+name[1:len(name)-4]+"able", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return py.None, checkAbility(self, name)
		})
	}
	method(t, "_checkClosed", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, checkClosed(self)
	})
	t.Dict["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.NewBool(flagClosed(self)), nil
	}}
	// What finalizes a file object (a subclass's __del__ chains to it): close() if it is
	// open, its errors silenced as CPython's are outside its development mode.
	method(t, "__del__", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		closed, err := py.GetAttrString(self, "closed")
		if err != nil {
			return py.None, nil
		}
		if open, err := py.MakeBool(closed); err == nil && open == py.False {
			_, _ = callMethod(self, "close")
		}
		return py.None, nil
	})
	method(t, "__enter__", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := checkClosed(self); err != nil {
			return nil, err
		}
		return self, nil
	})
	method(t, "__exit__", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return callMethod(self, "close")
	})
	method(t, "fileno", "Returns underlying file descriptor if one exists.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, unsupported("fileno")
	})
	method(t, "isatty", "Return whether this is an 'interactive' stream.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := checkClosed(self); err != nil {
			return nil, err
		}
		return py.False, nil
	})
	method(t, "readline", "Read and return a line from the stream.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "readline")
		if err != nil {
			return nil, err
		}
		return readlineGeneric(self, n)
	})
	method(t, "readlines", "Return a list of lines from the stream.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var hint py.Object = py.None
		if err := objects.ParseArgs("readlines", args, kw, []string{"hint"}, 1, 0, &hint); err != nil {
			return nil, err
		}
		return readlines(self, hint)
	})
	method(t, "writelines", "Write a list of lines to stream.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var lines py.Object
		if err := objects.ParseArgs("writelines", args, kw, []string{"lines"}, 1, 1, &lines); err != nil {
			return nil, err
		}
		if err := checkClosed(self); err != nil {
			return nil, err
		}
		var werr error
		err := py.Iterate(lines, func(line py.Object) bool {
			_, werr = callMethod(self, "write", line)
			return werr != nil
		})
		if err == nil {
			err = werr
		}
		return py.None, err
	})
	method(t, "__iter__", "Implement iter(self).", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := checkClosed(self); err != nil {
			return nil, err
		}
		return self, nil
	})
	method(t, "__next__", "Implement next(self).", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		line, err := callMethod(self, "readline")
		if err != nil {
			return nil, err
		}
		n, err := objects.Len(line)
		if err != nil {
			return nil, err
		}
		if n.(py.Int) == 0 {
			return nil, py.StopIteration
		}
		return line, nil
	})
	initRawBase()
	initBufferedBase()
	initTextBase()
}

func initRawBase() {
	t := RawIOBaseType
	method(t, "read", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "read")
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return callMethod(self, "readall")
		}
		buf := objects.NewByteArray(make([]byte, n))
		r, err := callMethod(self, "readinto", buf)
		if err != nil || r == py.None {
			return r, err
		}
		got, err := objects.IndexInt(r)
		if err != nil {
			return nil, err
		}
		if got < 0 || got > n {
			return nil, py.ExceptionNewf(py.ValueError, "readinto returned %d outside buffer size %d", got, n)
		}
		return py.Bytes(append([]byte(nil), buf.Bytes()[:got]...)), nil
	})
	method(t, "readall", "Read until EOF, using multiple read() call.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var out []byte
		some := false
		for {
			chunk, err := callMethod(self, "read", py.Int(DefaultBufferSize))
			if err != nil {
				return nil, err
			}
			if chunk == py.None {
				if !some {
					return py.None, nil
				}
				break
			}
			b, ok := chunk.(py.Bytes)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "read() should return bytes")
			}
			if len(b) == 0 {
				break
			}
			some = true
			out = append(out, b...)
		}
		return py.Bytes(out), nil
	})
	for _, name := range []string{"readinto", "write"} {
		method(t, name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.NotImplementedError, "")
		})
	}
}

func initBufferedBase() {
	t := BufferedIOBaseType
	for _, name := range []string{"read", "read1", "write", "detach"} {
		name := name
		method(t, name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return nil, unsupported(name)
		})
	}
	for _, name := range []string{"readinto", "readinto1"} {
		reader := "read" + name[len("readinto"):]
		method(t, name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var bufObj py.Object
			if err := objects.ParseArgs(name, args, kw, []string{"buffer"}, 1, 1, &bufObj); err != nil {
				return nil, err
			}
			return readIntoWith(self, reader, bufObj)
		})
	}
}

// readIntoWith fills a writable buffer from self.<reader>(len(buffer)).
func readIntoWith(self py.Object, reader string, bufObj py.Object) (py.Object, error) {
	buf, ok := objects.WritableBuffer(bufObj)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be read-write bytes-like object, not %s", "readinto", bufObj.Type().Name)
	}
	data, err := callMethod(self, reader, py.Int(len(buf)))
	if err != nil {
		return nil, err
	}
	b, ok := objects.BytesLike(data)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "read() should return bytes")
	}
	if len(b) > len(buf) {
		return nil, py.ExceptionNewf(py.ValueError, "read() returned too much data: %d bytes requested, %d returned", len(buf), len(b))
	}
	return py.Int(copy(buf, b)), nil
}

func initTextBase() {
	t := TextIOBaseType
	for _, name := range []string{"read", "write", "readline", "detach"} {
		name := name
		method(t, name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return nil, unsupported(name)
		})
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.None, nil }}
	}
}
