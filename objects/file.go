package objects

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/go-python/gpython/py"
)

// File is gpython's file object made iterable: open() and sys.stdin return one, so that
// `for line in f`, list(f) and next(f) read lines as CPython's do. gpython's VM and its
// helpers (py.Iter, py.Next) only see Go methods, which gpython's *py.File lacks, so the
// file is wrapped; the Python type stays gpython's file, and its methods (set below) accept
// both forms.
type File struct {
	*py.File
}

// NewFile wraps an open gpython file.
func NewFile(f *py.File) *File { return &File{File: f} }

// M__iter__ returns the file itself.
func (f *File) M__iter__() (py.Object, error) {
	if _, err := fileOf(f); err != nil {
		return nil, err
	}
	return f, nil
}

// M__enter__ returns the file itself (gpython's would return the unwrapped file).
func (f *File) M__enter__() (py.Object, error) { return f, nil }

// M__next__ returns the next line; at the end of the file it stops.
func (f *File) M__next__() (py.Object, error) {
	line, err := fileReadline(f.File, -1)
	if err != nil {
		return nil, err
	}
	if n, _ := Len(line); n == py.Int(0) {
		return nil, py.StopIteration
	}
	return line, nil
}

// fileOf is the gpython file behind o (a *py.File or a *File).
func fileOf(o py.Object) (*py.File, error) {
	var f *py.File
	switch v := o.(type) {
	case *py.File:
		f = v
	case *File:
		f = v.File
	}
	if f == nil || f.File == nil {
		return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return f, nil
}

// fileReadline reads one line (at most limit bytes when limit >= 0) from a gpython file.
// A seekable file is read a block at a time and its offset put back just after the line;
// any other (a pipe, a terminal: sys.stdin's descriptor is shared) a byte at a time, so that
// nothing beyond the line is consumed.
func fileReadline(f *py.File, limit int) (py.Object, error) {
	if !f.Can(py.FileRead) {
		return nil, py.ExceptionNewf(py.OSError, "not readable")
	}
	var line []byte
	var err error
	if pos, serr := f.File.Seek(0, io.SeekCurrent); serr == nil {
		line, err = readLineAt(f.File, pos, limit)
	} else {
		line, err = readLineBytes(f.File, limit)
	}
	if err != nil {
		if errors.Is(err, os.ErrClosed) {
			return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
		}
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	if f.Can(py.FileBinary) {
		return py.Bytes(line), nil
	}
	return py.String(line), nil
}

// readLineAt reads a line of a seekable file starting at pos and leaves the offset after it.
func readLineAt(f *os.File, pos int64, limit int) ([]byte, error) {
	var line []byte
	buf := make([]byte, 8192)
	for limit < 0 || len(line) < limit {
		n, err := f.ReadAt(buf, pos+int64(len(line)))
		chunk := buf[:n]
		if limit >= 0 && len(line)+len(chunk) > limit {
			chunk = chunk[:limit-len(line)]
		}
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			line = append(line, chunk[:i+1]...)
			break
		}
		line = append(line, chunk...)
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, err
		}
	}
	_, err := f.Seek(pos+int64(len(line)), io.SeekStart)
	return line, err
}

// readLineBytes reads a line a byte at a time.
func readLineBytes(f *os.File, limit int) ([]byte, error) {
	var line []byte
	buf := make([]byte, 1)
	for limit < 0 || len(line) < limit {
		n, err := f.Read(buf)
		if n == 1 {
			line = append(line, buf[0])
			if buf[0] == '\n' {
				break
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, err
		}
	}
	return line, nil
}

// fileMethod installs a method of the file type that works on either form of file.
func fileMethod(name, doc string, fn func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	py.FileType.Dict[name] = py.MustNewMethod(name, func(o py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		f, err := fileOf(o)
		if err != nil {
			return nil, err
		}
		return fn(f, args, kw)
	}, 0, doc)
}

func init() {
	// gpython's own methods assert *py.File: they are kept, reached through the unwrapped file.
	for _, name := range []string{"write", "read", "close", "flush"} {
		orig := py.FileType.Dict[name].(*py.Method)
		fileMethod(name, orig.Doc, func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return orig.CallWithKeywords(f, args, kw)
		})
	}
	fileMethod("__iter__", "Implement iter(self).", func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return NewFile(f), nil
	})
	fileMethod("__next__", "Implement next(self).", func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return NewFile(f).M__next__()
	})
	fileMethod("readline", "Read and return a line from the stream.", func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error) {
		limit := -1
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "readline expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 && args[0] != py.None {
			var err error
			if limit, err = indexInt(args[0]); err != nil {
				return nil, err
			}
		}
		return fileReadline(f, limit)
	})
	fileMethod("readlines", "Return a list of lines from the stream.", func(f *py.File, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var lines []py.Object
		for {
			l, err := fileReadline(f, -1)
			if err != nil {
				return nil, err
			}
			if n, _ := Len(l); n == py.Int(0) {
				break
			}
			lines = append(lines, l)
		}
		return py.NewListFromItems(lines), nil
	})
}
