package io

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// The Python methods and properties of TextIOWrapper.

type textFn func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error)

func textSelf(self py.Object, name string) (*TextIO, error) {
	t, ok := self.(*TextIO)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", name, self.Type().Name)
	}
	return t, nil
}

func textMethod(name, doc string, fn textFn) {
	method(TextIOWrapperType, name, doc, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		t, err := textSelf(self, name)
		if err != nil {
			return nil, err
		}
		return fn(t, args, kw)
	})
}

func textProperty(name string, get func(t *TextIO) (py.Object, error)) {
	TextIOWrapperType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		t, err := textSelf(self, name)
		if err != nil {
			return nil, err
		}
		return get(t)
	}}
}

// optString reads an argument that must be a str or None ("" for None).
func optString(fn, name string, v py.Object) (string, error) {
	if v == nil || v == py.None {
		return "", nil
	}
	s, ok := v.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s argument '%s' must be str or None, not %s", fn, name, v.Type().Name)
	}
	return string(s), nil
}

func textInit(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	t, err := textSelf(self, "__init__")
	if err != nil {
		return nil, err
	}
	var buffer, enc, errs, nl, lb, wt py.Object = nil, py.None, py.None, py.None, py.False, py.False
	if err := objects.ParseArgs("TextIOWrapper", args, kw, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 6, 1,
		&buffer, &enc, &errs, &nl, &lb, &wt); err != nil {
		return nil, err
	}
	var o textOptions
	if o.encoding, err = optString("TextIOWrapper()", "encoding", enc); err != nil {
		return nil, err
	}
	if o.errors, err = optString("TextIOWrapper()", "errors", errs); err != nil {
		return nil, err
	}
	if o.newline, err = parseNewline("TextIOWrapper()", nl); err != nil {
		return nil, err
	}
	if o.lineBuffering, err = truth(lb); err != nil {
		return nil, err
	}
	if o.writeThrou, err = truth(wt); err != nil {
		return nil, err
	}
	return py.None, t.setup(currentCtx(), buffer, o)
}

func init() {
	t := TextIOWrapperType
	method(t, "__init__", "Initialize self.", textInit)
	cannotPickle(t)
	// write and flush are what print() calls: one-argument and no-argument methods, which
	// gpython calls without building a keyword dictionary.
	t.Dict["write"] = py.MustNewMethod("write", func(self, text py.Object) (py.Object, error) {
		t, err := textSelf(self, "write")
		if err != nil {
			return nil, err
		}
		s, ok := text.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", text.Type().Name)
		}
		n, err := t.write(string(s))
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	}, 0, "Write string to stream.")
	textMethod("read", "Read at most size characters from stream.", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		n, err := sizeArg(args, kw, "read")
		if err != nil {
			return nil, err
		}
		s, err := t.read(n)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	textMethod("readline", "Read until newline or EOF.", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var sizeObj py.Object = py.Int(-1)
		if err := objects.ParseArgs("readline", args, kw, []string{"size"}, 1, 0, &sizeObj); err != nil {
			return nil, err
		}
		n, err := objects.IndexInt(sizeObj)
		if err != nil {
			return nil, err
		}
		s, err := t.readline(n)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	textMethod("__next__", "Implement next(self).", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		t.telling = false
		var line py.Object
		if t.Type() == TextIOWrapperType {
			s, err := t.readline(-1)
			if err != nil {
				return nil, err
			}
			line = py.String(s)
		} else {
			var err error
			if line, err = callMethod(t, "readline"); err != nil {
				return nil, err
			}
		}
		if n, err := objects.Len(line); err != nil || n.(py.Int) == 0 {
			if err != nil {
				return nil, err
			}
			t.snapshot = nil
			t.telling = t.seekable
			return nil, py.StopIteration
		}
		return line, nil
	})
	t.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		t, err := textSelf(self, "flush")
		if err != nil {
			return nil, err
		}
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		t.telling = t.seekable
		if err := t.flushPending(); err != nil {
			return nil, err
		}
		return py.None, t.bufferFlush()
	}, 0, "Flush the write buffers.")
	textMethod("close", "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		c, err := t.isClosed()
		if err != nil || c {
			return py.None, err
		}
		_, ferr := callMethod(t, "flush")
		_, cerr := callMethod(t.buffer, "close")
		untrack(t)
		if ferr != nil {
			return nil, ferr
		}
		return py.None, cerr
	})
	textMethod("detach", "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		if _, err := callMethod(t, "flush"); err != nil {
			return nil, err
		}
		b := t.buffer
		t.buffer, t.fast, t.ready, t.detached = nil, nil, false, true
		untrack(t)
		return b, nil
	})
	for _, name := range []string{"fileno", "seekable", "readable", "writable", "isatty"} {
		name := name
		textMethod(name, "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := t.check(); err != nil {
				return nil, err
			}
			return callMethod(t.buffer, name)
		})
	}
	textMethod("tell", "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return t.tell()
	})
	textMethod("seek", "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var c, w py.Object = nil, py.Int(0)
		if err := objects.ParseArgs("seek", args, kw, []string{"cookie", "whence"}, 2, 1, &c, &w); err != nil {
			return nil, err
		}
		whence, err := objects.IndexInt(w)
		if err != nil {
			return nil, err
		}
		return t.seek(c, whence)
	})
	textMethod("truncate", "", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var pos py.Object = py.None
		if err := objects.ParseArgs("truncate", args, kw, []string{"pos"}, 1, 0, &pos); err != nil {
			return nil, err
		}
		if err := t.check(); err != nil {
			return nil, err
		}
		if _, err := callMethod(t, "flush"); err != nil {
			return nil, err
		}
		return callMethod(t.buffer, "truncate", pos)
	})
	textMethod("reconfigure", "Reconfigure the text stream with new parameters.", reconfigure)
	textMethod("__repr__", "Return repr(self).", func(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := t.checkInitialized(); err != nil {
			return nil, err
		}
		out := "<_io.TextIOWrapper"
		for _, attr := range []string{"name", "mode"} {
			v, err := py.GetAttrString(t, attr)
			if err != nil {
				if py.IsException(py.AttributeError, err) || py.IsException(py.ValueError, err) {
					continue
				}
				return nil, err
			}
			r, err := py.Repr(v)
			if err != nil {
				return nil, err
			}
			out += " " + attr + "=" + string(r.(py.String))
		}
		return py.String(out + " encoding='" + t.encoding + "'>"), nil
	})
	textProperty("name", func(t *TextIO) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		return py.GetAttrString(t.buffer, "name")
	})
	textProperty("closed", func(t *TextIO) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		return py.GetAttrString(t.buffer, "closed")
	})
	textProperty("buffer", func(t *TextIO) (py.Object, error) {
		if t.detached {
			return py.None, nil
		}
		if err := t.check(); err != nil {
			return nil, err
		}
		return t.buffer, nil
	})
	textProperty("encoding", func(t *TextIO) (py.Object, error) { return py.String(t.encoding), t.checkInitialized() })
	textProperty("errors", func(t *TextIO) (py.Object, error) { return py.String(t.errors), t.checkInitialized() })
	textProperty("line_buffering", func(t *TextIO) (py.Object, error) {
		return py.NewBool(t.lineBuffering), t.checkInitialized()
	})
	textProperty("write_through", func(t *TextIO) (py.Object, error) {
		return py.NewBool(t.writeThrough), t.checkInitialized()
	})
	textProperty("_finalizing", func(t *TextIO) (py.Object, error) { return py.False, nil })
	textProperty("newlines", func(t *TextIO) (py.Object, error) {
		if err := t.check(); err != nil {
			return nil, err
		}
		if t.nl == nil {
			return py.None, nil
		}
		return t.nl.newlines(), nil
	})
	TextIOWrapperType.Dict["_CHUNK_SIZE"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			t, err := textSelf(self, "_CHUNK_SIZE")
			if err != nil {
				return nil, err
			}
			return py.Int(t.chunkSize), t.check()
		},
		Fset: func(self, v py.Object) error {
			t, err := textSelf(self, "_CHUNK_SIZE")
			if err != nil {
				return err
			}
			if err := t.check(); err != nil {
				return err
			}
			n, err := objects.IndexInt(v)
			if err != nil {
				return err
			}
			if n <= 0 {
				return py.ExceptionNewf(py.ValueError, "a strictly positive integer is required")
			}
			t.chunkSize = n
			return nil
		},
	}
}

// reconfigure is reconfigure(*, encoding, errors, newline, line_buffering, write_through).
func reconfigure(t *TextIO, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "reconfigure() takes no positional arguments")
	}
	for k := range kw {
		switch k {
		case "encoding", "errors", "newline", "line_buffering", "write_through":
		default:
			return nil, py.ExceptionNewf(py.TypeError, "reconfigure() got an unexpected keyword argument '%s'", k)
		}
	}
	if err := t.check(); err != nil {
		return nil, err
	}
	encObj, hasEnc := kw["encoding"]
	errObj, hasErr := kw["errors"]
	nlObj, hasNL := kw["newline"]
	enc, err := optString("reconfigure()", "encoding", encObj)
	if err != nil {
		return nil, err
	}
	errs, err := optString("reconfigure()", "errors", errObj)
	if err != nil {
		return nil, err
	}
	newline := t.newline
	if hasNL {
		if newline, err = parseNewline("reconfigure()", nlObj); err != nil {
			return nil, err
		}
	}
	changesCodec := (hasEnc && encObj != py.None) || (hasErr && errObj != py.None) || hasNL
	if changesCodec && t.dec != nil && t.decoded != "" {
		return nil, unsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	lineBuffering, writeThrough := t.lineBuffering, t.writeThrough
	if v, ok := kw["line_buffering"]; ok && v != py.None {
		if lineBuffering, err = truth(v); err != nil {
			return nil, err
		}
	}
	if v, ok := kw["write_through"]; ok && v != py.None {
		if writeThrough, err = truth(v); err != nil {
			return nil, err
		}
	}
	if _, err := callMethod(t, "flush"); err != nil {
		return nil, err
	}
	if changesCodec {
		codec := t.codec
		encoding := t.encoding
		if enc != "" {
			if enc == "locale" {
				enc = localeEncoding
			}
			if codec, err = lookupCodec(enc); err != nil {
				return nil, err
			}
			encoding = enc
			if errs == "" {
				errs = "strict"
			}
		}
		if errs == "" {
			errs = t.errors
		}
		t.encoding, t.codec, t.errors = encoding, codec, errs
		t.setNewline(newline)
		if t.dec != nil {
			t.dec = newDecoder(codec, errs)
			t.nl = nil
			if t.readUniversal {
				t.nl = &nlDecoder{inner: t.dec, translate: t.readTranslate}
			}
		}
	}
	t.lineBuffering, t.writeThrough = lineBuffering, writeThrough
	return py.None, nil
}
