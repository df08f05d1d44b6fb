package io

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// open() (the builtin and io.open), io.open_code and io.text_encoding, as CPython's
// _io.open: the mode is checked, a FileIO is opened, wrapped in a BufferedReader,
// BufferedWriter or BufferedRandom unless buffering is 0, and in a TextIOWrapper unless
// the mode is binary; a terminal gets line buffering. When something fails after the file
// was opened, the file is closed again.

var openParams = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}

func init() {
	builtins.Add(py.MustNewMethod("open", builtinOpen, 0, openDoc))
}

const openDoc = `Open file and return a stream.  Raise OSError upon failure.`

// openMode is a parsed open() mode.
type openMode struct {
	raw                                             string // the FileIO mode
	creating, reading, writing, appending, updating bool
	text, binary                                    bool
}

// parseOpenMode checks mode as _io.open does, with its messages.
func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	for i, c := range mode {
		if strings.ContainsRune(mode[i+1:], c) || !strings.ContainsRune("xrwa+tb", c) {
			return m, py.ExceptionNewf(py.ValueError, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'x':
			m.creating = true
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	for _, c := range "xrwa" {
		if strings.ContainsRune(mode, c) {
			m.raw = string(c)
		}
	}
	if m.updating {
		m.raw += "+"
	}
	if m.text && m.binary {
		return m, py.ExceptionNewf(py.ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, set := range []bool{m.creating, m.reading, m.writing, m.appending} {
		if set {
			n++
		}
	}
	if n > 1 {
		return m, py.ExceptionNewf(py.ValueError, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

func builtinOpen(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var ctx py.Context
	if m, ok := self.(*py.Module); ok && m != nil {
		ctx = m.Context
	}
	if ctx == nil {
		ctx = currentCtx()
	}
	return openFile(ctx, "open", args, kw)
}

// openFile is open(*args, **kw) for the interpreter ctx.
func openFile(ctx py.Context, fn string, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var file, modeObj, bufObj, encObj, errObj, nlObj, closefdObj, opener py.Object
	if len(args) > len(openParams) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fn, len(openParams), len(args))
	}
	if err := objects.ParseArgs(fn, args, kw, openParams, len(openParams), 1,
		&file, &modeObj, &bufObj, &encObj, &errObj, &nlObj, &closefdObj, &opener); err != nil {
		return nil, err
	}
	mode := "r"
	if modeObj != nil {
		s, ok := modeObj.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument 'mode' must be str, not %s", fn, modeObj.Type().Name)
		}
		mode = string(s)
	}
	buffering := -1
	if bufObj != nil {
		n, err := objects.IndexInt(bufObj)
		if err != nil {
			return nil, err
		}
		buffering = n
	}
	var opts textOptions
	var err error
	where := fn + "()"
	if opts.encoding, err = optString(where, "encoding", encObj); err != nil {
		return nil, err
	}
	if opts.errors, err = optString(where, "errors", errObj); err != nil {
		return nil, err
	}
	if nlObj != nil && nlObj != py.None {
		if _, ok := nlObj.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument 'newline' must be str or None, not %s", fn, nlObj.Type().Name)
		}
	}
	closefd := true
	if closefdObj != nil {
		if closefd, err = truth(closefdObj); err != nil {
			return nil, err
		}
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	hasNL := nlObj != nil && nlObj != py.None
	switch {
	case m.binary && encObj != nil && encObj != py.None:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an encoding argument")
	case m.binary && errObj != nil && errObj != py.None:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take an errors argument")
	case m.binary && hasNL:
		return nil, py.ExceptionNewf(py.ValueError, "binary mode doesn't take a newline argument")
	}
	if opts.newline, err = parseNewline(where, nlObj); err != nil {
		return nil, err
	}
	syncPending()
	o, _ := allocFileIO(FileIOType, nil, nil)
	raw := o.(*FileIO)
	if err := raw.open(ctx, file, m.raw, closefd, opener); err != nil {
		return nil, err
	}
	result, err := wrapRaw(ctx, raw, m, buffering, opts, mode)
	if err != nil {
		_ = raw.close()
		return nil, err
	}
	return result, nil
}

// wrapRaw adds the buffered and text layers open() puts over a FileIO.
func wrapRaw(ctx py.Context, raw *FileIO, m openMode, buffering int, opts textOptions, mode string) (py.Object, error) {
	lineBuffering := false
	if buffering == 1 || (buffering < 0 && isTerminal(raw.core.fd)) {
		buffering, lineBuffering = -1, true
	}
	if buffering < 0 {
		buffering = raw.blksize
	}
	if buffering == 0 {
		if !m.binary {
			return nil, py.ExceptionNewf(py.ValueError, "can't have unbuffered text I/O")
		}
		return raw, nil
	}
	t := BufferedReaderType
	switch {
	case m.updating:
		t = BufferedRandomType
	case m.creating || m.writing || m.appending:
		t = BufferedWriterType
	}
	buf, err := newBuffered(ctx, t, raw, buffering)
	if err != nil {
		return nil, err
	}
	if m.binary {
		return buf, nil
	}
	opts.lineBuffering = lineBuffering
	w, _ := allocText(TextIOWrapperType, nil, nil)
	text := w.(*TextIO)
	if err := text.setup(ctx, buf, opts); err != nil {
		return nil, err
	}
	_ = text.SetAttrDirect("mode", py.String(mode))
	return text, nil
}

// ioFunctions are the functions of _io: open, open_code, text_encoding.
func ioFunctions() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("open_code", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var path py.Object
			if err := objects.ParseArgs("open_code", args, kw, []string{"path"}, 1, 1, &path); err != nil {
				return nil, err
			}
			if _, ok := path.(py.String); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "open_code() argument 'path' must be str, not %s", path.Type().Name)
			}
			return openFile(self.(*py.Module).Context, "open", py.Tuple{path, py.String("rb")}, nil)
		}, 0, "Opens the provided file with the intent to import the contents."),
		py.MustNewMethod("text_encoding", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var enc, level py.Object = nil, py.Int(2)
			if err := objects.ParseArgs("text_encoding", args, kw, []string{"encoding", "stacklevel"}, 2, 1, &enc, &level); err != nil {
				return nil, err
			}
			if enc == py.None {
				return py.String("locale"), nil
			}
			return enc, nil
		}, 0, "A helper function to choose the text encoding."),
		py.MustNewMethod("open", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			return openFile(self.(*py.Module).Context, "open", args, kw)
		}, 0, openDoc),
	}
}
