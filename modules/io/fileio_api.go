package io

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/errno"
)

// The Python methods of FileIO.

func fileIOSelf(self py.Object, name string) (*FileIO, error) {
	f, ok := self.(*FileIO)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_io.FileIO' objects doesn't apply to a '%s' object", name, self.Type().Name)
	}
	return f, nil
}

// fileIOMethod adds a method of FileIO.
func fileIOMethod(name, doc string, fn func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	method(FileIOType, name, doc, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		f, err := fileIOSelf(self, name)
		if err != nil {
			return nil, err
		}
		return fn(f, args, kw)
	})
}

// cannotPickle is the __reduce_ex__ of the file objects, which cannot be pickled.
func cannotPickle(t *py.Type) {
	method(t, "__reduce_ex__", "Helper for pickle.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '_io.%s' object", t.Name)
	})
}

func init() {
	t := FileIOType
	method(t, "__init__", "Initialize self.", fileIOInit)
	fileIOMethod("read", "Read at most size bytes, returned as bytes.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "read")
		if err != nil {
			return nil, err
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		if n < 0 {
			return f.readAll()
		}
		buf := make([]byte, n)
		got, err := f.readRaw(buf)
		if err != nil {
			return nil, err
		}
		if got < 0 {
			return py.None, nil
		}
		return py.Bytes(buf[:got]), nil
	})
	fileIOMethod("readall", "Read all data from the file, returned as bytes.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		return f.readAll()
	})
	fileIOMethod("readinto", "Same as RawIOBase.readinto().", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var bufObj py.Object
		if err := objects.ParseArgs("readinto", args, kw, []string{"buffer"}, 1, 1, &bufObj); err != nil {
			return nil, err
		}
		buf, ok := objects.WritableBuffer(bufObj)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "readinto() argument must be read-write bytes-like object, not %s", bufObj.Type().Name)
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		n, err := f.readRaw(buf)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return py.None, nil
		}
		return py.Int(n), nil
	})
	fileIOMethod("write", "Write buffer b to file, return number of bytes written.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var bObj py.Object
		if err := objects.ParseArgs("write", args, kw, []string{"b"}, 1, 1, &bObj); err != nil {
			return nil, err
		}
		b, ok := objects.BytesLike(bObj)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", bObj.Type().Name)
		}
		if err := f.checkWritable(); err != nil {
			return nil, err
		}
		n, err := f.writeRaw(b)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return py.None, nil
		}
		return py.Int(n), nil
	})
	fileIOMethod("seek", "Move to new file position and return the file position.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		pos, whence, err := seekArgs(args, kw)
		if err != nil {
			return nil, err
		}
		return f.seek(pos, whence)
	})
	fileIOMethod("tell", "Current file position.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return f.seek(0, 1)
	})
	fileIOMethod("truncate", "Truncate the file to at most size bytes and return the truncated size.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var sizeObj py.Object = py.None
		if err := objects.ParseArgs("truncate", args, kw, []string{"size"}, 1, 0, &sizeObj); err != nil {
			return nil, err
		}
		if err := f.checkWritable(); err != nil {
			return nil, err
		}
		var size int64
		if sizeObj == py.None {
			pos, err := f.seek(0, 1)
			if err != nil {
				return nil, err
			}
			size = int64(pos.(py.Int))
		} else {
			n, err := objects.IndexInt(sizeObj)
			if err != nil {
				return nil, err
			}
			size = int64(n)
		}
		if err := unix.Ftruncate(f.core.fd, size); err != nil {
			return nil, errno.FromError(err)
		}
		return py.Int(size), nil
	})
	fileIOMethod("close", "Close the file.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, f.close()
	})
	fileIOMethod("seekable", "True if file supports random-access.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		ok, err := f.isSeekable()
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	})
	fileIOMethod("readable", "True if file was opened in a read mode.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewBool(f.readable), f.checkOpen()
	})
	fileIOMethod("writable", "True if file was opened in a write mode.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.NewBool(f.writable), f.checkOpen()
	})
	fileIOMethod("fileno", "Return the underlying file descriptor (an integer).", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.Int(f.core.fd), f.checkOpen()
	})
	fileIOMethod("isatty", "True if the file is connected to a TTY device.", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return py.NewBool(isTerminal(f.core.fd)), nil
	})
	fileIOMethod("__repr__", "Return repr(self).", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(f.repr()), nil
	})
	fileIOMethod("_dealloc_warn", "", func(f *FileIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	prop := func(name string, get func(f *FileIO) py.Object) {
		t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, err := fileIOSelf(self, name)
			if err != nil {
				return nil, err
			}
			return get(f), nil
		}}
	}
	prop("closed", func(f *FileIO) py.Object { return py.NewBool(f.core.fd < 0) })
	prop("closefd", func(f *FileIO) py.Object { return py.NewBool(f.core.closefd) })
	prop("mode", func(f *FileIO) py.Object { return py.String(f.modeString()) })
	prop("_blksize", func(f *FileIO) py.Object { return py.Int(f.blksize) })
	prop("_finalizing", func(f *FileIO) py.Object { return py.False })
	cannotPickle(t)
}

// seekArgs reads seek's (pos, whence=0).
func seekArgs(args py.Tuple, kw py.StringDict) (int64, int, error) {
	var posObj, whenceObj py.Object = nil, py.Int(0)
	if err := objects.ParseArgs("seek", args, kw, []string{"pos", "whence"}, 2, 1, &posObj, &whenceObj); err != nil {
		return 0, 0, err
	}
	if _, isFloat := posObj.(py.Float); isFloat {
		return 0, 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	pos, err := objects.IndexInt(posObj)
	if err != nil {
		return 0, 0, err
	}
	whence, err := objects.IndexInt(whenceObj)
	if err != nil {
		return 0, 0, err
	}
	return int64(pos), whence, nil
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}
