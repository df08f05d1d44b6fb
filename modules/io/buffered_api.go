package io

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// The Python methods of BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair.

// bufFn is a method body; it runs with the object's lock held when locked is set.
type bufFn func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error)

func bufMethod(types []*py.Type, name, doc string, locked bool, fn bufFn) {
	for _, t := range types {
		tn := t.Name
		method(t, name, doc, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			b, ok := self.(*Buffered)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_io.%s' objects doesn't apply to a '%s' object", name, tn, self.Type().Name)
			}
			if err := b.check(); err != nil && !(name == "__repr__" && b.detached) {
				return nil, err
			}
			if !locked {
				return fn(b, args, kw)
			}
			if err := b.enter(); err != nil {
				return nil, err
			}
			defer b.leave()
			return fn(b, args, kw)
		})
	}
}

// typeLabel is the type name reprs show: _io.X for the builtin types, the class name of a
// subclass.
func typeLabel(o py.Object, native *py.Type) string {
	if o.Type() == native {
		return "_io." + native.Name
	}
	return o.Type().Name
}

func (b *Buffered) nativeType() *py.Type {
	switch b.kind {
	case kindRandom:
		return BufferedRandomType
	case kindWriter:
		return BufferedWriterType
	}
	return BufferedReaderType
}

// reprWithName is "<label name=...>", or "<label>" when the object has no usable name.
func reprWithName(o py.Object, label string) (py.Object, error) {
	name, err := py.GetAttrString(o, "name")
	if err != nil {
		if py.IsException(py.AttributeError, err) || py.IsException(py.ValueError, err) {
			return py.String("<" + label + ">"), nil
		}
		return nil, err
	}
	r, err := py.Repr(name)
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("<%s name=%s>", label, string(r.(py.String)))), nil
}

func init() {
	all := []*py.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType}
	readers := []*py.Type{BufferedReaderType, BufferedRandomType}
	writers := []*py.Type{BufferedWriterType, BufferedRandomType}
	for _, t := range all {
		tn := t.Name
		method(t, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			b, ok := self.(*Buffered)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '_io.%s' object", tn)
			}
			var raw, sizeObj py.Object = nil, py.Int(DefaultBufferSize)
			if err := objects.ParseArgs(tn, args, kw, []string{"raw", "buffer_size"}, 2, 1, &raw, &sizeObj); err != nil {
				return nil, err
			}
			size, err := objects.IndexInt(sizeObj)
			if err != nil {
				return nil, err
			}
			return py.None, b.setup(currentCtx(), raw, size)
		})
		cannotPickle(t)
		t.Dict["raw"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			b := self.(*Buffered)
			if b.detached {
				return py.None, nil
			}
			if err := b.check(); err != nil {
				return nil, err
			}
			return b.raw, nil
		}}
		for _, name := range []string{"name", "mode", "closed"} {
			name := name
			t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				b := self.(*Buffered)
				if err := b.check(); err != nil {
					return nil, err
				}
				return py.GetAttrString(b.raw, name)
			}}
		}
		t.Dict["_finalizing"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.False, nil }}
	}
	// A reader is not writable and a writer not readable, whatever their raw stream is.
	for name, types := range map[string][]*py.Type{"fileno": all, "isatty": all, "seekable": all, "readable": readers, "writable": writers} {
		name := name
		bufMethod(types, name, "", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return callMethod(b.raw, name)
		})
	}
	bufMethod(all, "__repr__", "Return repr(self).", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return reprWithName(b, typeLabel(b, b.nativeType()))
	})
	bufMethod(all, "_dealloc_warn", "", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	bufMethod(all, "close", "", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.None, b.close()
	})
	bufMethod(all, "detach", "", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if _, err := callMethod(b, "flush"); err != nil {
			return nil, err
		}
		raw := b.raw
		b.raw, b.fast, b.ready, b.detached = nil, nil, false, true
		untrack(b)
		return raw, nil
	})
	bufMethod(all, "seek", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		pos, whence, err := seekArgs(args, kw)
		if err != nil {
			return nil, err
		}
		if whence < 0 || whence > 4 {
			return nil, py.ExceptionNewf(py.ValueError, "whence value %d unsupported", whence)
		}
		if err := b.checkClosedFor("seek"); err != nil {
			return nil, err
		}
		if err := checkAbility(b.raw, "seekable"); err != nil {
			return nil, err
		}
		n, err := b.seek(pos, whence)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	bufMethod(all, "tell", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if b.fast != nil {
			if err := b.fast.checkOpen(); err != nil {
				return nil, err
			}
		} else {
			b.rawPos = -1
		}
		n, err := b.tell()
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	// A reader's flush is its raw stream's; a writer's passes the pending data on.
	bufMethod([]*py.Type{BufferedReaderType}, "flush", "", false, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return callMethod(b.raw, "flush")
	})
	bufMethod(writers, "flush", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := b.checkClosedFor("flush"); err != nil {
			return nil, err
		}
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
		if b.kind&kindReader != 0 && b.unread() > 0 {
			// CPython's flush of a BufferedRandom also gives back the read-ahead.
			if err := b.dropReadAhead(); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	bufMethod(writers, "write", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var data py.Object
		if err := objects.ParseArgs("write", args, kw, []string{"buffer"}, 1, 1, &data); err != nil {
			return nil, err
		}
		p, ok := objects.BytesLike(data)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", data.Type().Name)
		}
		if err := b.checkClosedFor("write to"); err != nil {
			return nil, py.ExceptionNewf(py.ValueError, "write to closed file")
		}
		n, err := b.write(p)
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	bufMethod(writers, "truncate", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var pos py.Object = py.None
		if err := objects.ParseArgs("truncate", args, kw, []string{"pos"}, 1, 0, &pos); err != nil {
			return nil, err
		}
		if err := b.checkClosedFor("truncate"); err != nil {
			return nil, err
		}
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
		if pos == py.None {
			n, err := b.tell()
			if err != nil {
				return nil, err
			}
			pos = py.Int(n)
		}
		if err := b.dropReadAhead(); err != nil {
			return nil, err
		}
		r, err := callMethod(b.raw, "truncate", pos)
		b.rawPos = -1
		return r, err
	})
	bufMethod(readers, "read", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "read")
		if err != nil {
			return nil, err
		}
		if n < -1 {
			return nil, py.ExceptionNewf(py.ValueError, "read length must be non-negative or -1")
		}
		if b.unread() == 0 || n < 0 {
			if err := b.checkClosedFor("read"); err != nil {
				return nil, err
			}
		}
		return b.read(n)
	})
	bufMethod(readers, "read1", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "read1")
		if err != nil {
			return nil, err
		}
		if b.unread() == 0 {
			if err := b.checkClosedFor("read"); err != nil {
				return nil, err
			}
		}
		return b.read1(n)
	})
	bufMethod(readers, "peek", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var size py.Object = py.Int(0)
		if err := objects.ParseArgs("peek", args, kw, []string{"size"}, 1, 0, &size); err != nil {
			return nil, err
		}
		if b.unread() == 0 {
			if err := b.checkClosedFor("peek"); err != nil {
				return nil, err
			}
		}
		return b.peek()
	})
	for _, name := range []string{"readinto", "readinto1"} {
		one := name == "readinto1"
		bufMethod(readers, name, "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var bufObj py.Object
			if err := objects.ParseArgs(name, args, kw, []string{"buffer"}, 1, 1, &bufObj); err != nil {
				return nil, err
			}
			buf, ok := objects.WritableBuffer(bufObj)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be read-write bytes-like object, not %s", name, bufObj.Type().Name)
			}
			if b.unread() == 0 {
				if err := b.checkClosedFor("readinto"); err != nil {
					return nil, err
				}
			}
			var data py.Object
			var err error
			if one {
				data, err = b.read1(len(buf))
			} else {
				data, err = b.read(len(buf))
			}
			if err != nil || data == py.None {
				return data, err
			}
			return py.Int(copy(buf, data.(py.Bytes))), nil
		})
	}
	bufMethod(readers, "readline", "", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "readline")
		if err != nil {
			return nil, err
		}
		if b.unread() == 0 {
			if err := b.checkClosedFor("readline"); err != nil {
				return nil, err
			}
		}
		return b.readline(n)
	})
	bufMethod(readers, "__next__", "Implement next(self).", true, func(b *Buffered, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if b.unread() == 0 {
			if err := b.checkClosedFor("readline"); err != nil {
				return nil, err
			}
		}
		line, err := b.readline(-1)
		if err != nil {
			return nil, err
		}
		if len(line.(py.Bytes)) == 0 {
			return nil, py.StopIteration
		}
		return line, nil
	})
	initRWPair()
}

// close is close(): flush (through the Python method, which a subclass may override),
// then close the raw stream; the flush's error wins, as in CPython.
func (b *Buffered) close() error {
	c, err := b.closed()
	if err != nil {
		return err
	}
	if c {
		return nil
	}
	_, ferr := callMethod(b, "flush")
	_, cerr := callMethod(b.raw, "close")
	untrack(b)
	if ferr != nil {
		return ferr
	}
	return cerr
}

// RWPair is _io.BufferedRWPair: a reader and a writer used as one stream.
type RWPair struct {
	classes.Instance
	reader, writer *Buffered
}

// BufferedRWPairType is _io.BufferedRWPair.
var BufferedRWPairType = classes.NewNativeType("BufferedRWPair", "_io",
	"A buffered reader and writer object together.", BufferedIOBaseType, func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		p := &RWPair{}
		p.Init(cls, p)
		return p, nil
	})

func initRWPair() {
	t := BufferedRWPairType
	get := func(self py.Object) (*RWPair, error) {
		p, ok := self.(*RWPair)
		if !ok || p.reader == nil {
			return nil, py.ExceptionNewf(py.ValueError, "I/O operation on uninitialized object")
		}
		return p, nil
	}
	method(t, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p, ok := self.(*RWPair)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a '_io.BufferedRWPair' object")
		}
		var r, w, sizeObj py.Object = nil, nil, py.Int(DefaultBufferSize)
		if err := objects.ParseArgs("BufferedRWPair", args, kw, []string{"reader", "writer", "buffer_size"}, 3, 2, &r, &w, &sizeObj); err != nil {
			return nil, err
		}
		size, err := objects.IndexInt(sizeObj)
		if err != nil {
			return nil, err
		}
		ctx := currentCtx()
		if p.reader, err = newBuffered(ctx, BufferedReaderType, r, size); err != nil {
			return nil, err
		}
		if p.writer, err = newBuffered(ctx, BufferedWriterType, w, size); err != nil {
			p.reader = nil
			return nil, err
		}
		return py.None, nil
	})
	toReader := map[string]bool{"read": true, "peek": true, "read1": true, "readinto": true, "readinto1": true, "readable": true}
	for _, name := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable", "write", "flush", "writable"} {
		name := name
		method(t, name, "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			p, err := get(self)
			if err != nil {
				return nil, err
			}
			target := p.writer
			if toReader[name] {
				target = p.reader
			}
			m, err := py.GetAttrString(target, name)
			if err != nil {
				return nil, err
			}
			return py.Call(m, args, kw)
		})
	}
	method(t, "isatty", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p, err := get(self)
		if err != nil {
			return nil, err
		}
		r, err := callMethod(p.writer, "isatty")
		if err != nil || r == py.True {
			return r, err
		}
		return callMethod(p.reader, "isatty")
	})
	method(t, "close", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		p, err := get(self)
		if err != nil {
			return nil, err
		}
		_, werr := callMethod(p.writer, "close")
		_, rerr := callMethod(p.reader, "close")
		if werr != nil {
			return nil, werr
		}
		return py.None, rerr
	})
	t.Dict["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, err := get(self)
		if err != nil {
			return nil, err
		}
		return py.GetAttrString(p.writer, "closed")
	}}
}
