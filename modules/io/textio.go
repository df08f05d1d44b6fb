package io

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// TextIO is _io.TextIOWrapper (CPython's textio.c): text over a buffered binary stream.
//
// Reading decodes chunks of the buffer (read1 of _CHUNK_SIZE bytes) into decoded, of which
// decoded[used:] is not read yet; snapshot records the decoder state before the chunk and
// the bytes it was fed, from which tell() rebuilds CPython's opaque position cookie.
// Writing encodes into pending, which goes to the buffer when it reaches _CHUNK_SIZE, on a
// newline with line_buffering, at once with write_through, and on flush. When the buffer is
// one of this package's buffered objects it is called directly; any other buffer object is
// reached through its Python methods.
type TextIO struct {
	classes.Instance
	ctx      py.Context
	ready    bool
	detached bool
	buffer   py.Object
	fast     *Buffered

	encoding string // as given (or the locale's), what .encoding shows
	codec    string
	errors   string
	newline  py.Object // the newline argument (None or a str)

	readUniversal, readTranslate, writeTranslate bool
	readNL, writeNL                              string
	lineBuffering, writeThrough                  bool

	dec *decoder   // nil when the buffer is not readable
	nl  *nlDecoder // the newline decoder around dec (universal newlines)
	enc bool       // the buffer is writable

	decoded  string
	used     int // bytes of decoded already read
	snapshot *snapshot
	seekable bool
	telling  bool
	hasRead1 bool
	b2c      float64

	wcore     *writeCore // encoded text not passed to the buffer yet
	chunkSize int
	bom       bool // utf-8-sig, utf-16, utf-32: the next write starts the stream and writes the BOM
}

// snapshot is the decoder state before the last chunk and the bytes fed since.
type snapshot struct {
	flags int
	input []byte
}

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType = classes.NewNativeType("TextIOWrapper", "_io",
	"Character and line based layer over a BufferedIOBase object, buffer.", TextIOBaseType,
	allocText)

func allocText(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t := &TextIO{chunkSize: DefaultBufferSize, newline: py.None, wcore: &writeCore{}}
	t.Init(cls, t)
	return t, nil
}

// localeEncoding is the encoding of encoding=None / "locale": UTF-8 (the locale Python
// coerces a C locale to, and that of any UTF-8 locale).
const localeEncoding = "UTF-8"

// textOptions are TextIOWrapper's arguments after checking.
type textOptions struct {
	encoding, errors          string
	newline                   py.Object
	lineBuffering, writeThrou bool
}

// parseNewline checks newline: None or one of ”, '\n', '\r', '\r\n'.
func parseNewline(fn string, v py.Object) (py.Object, error) {
	if v == nil || v == py.None {
		return py.None, nil
	}
	s, ok := v.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s argument 'newline' must be str or None, not %s", fn, v.Type().Name)
	}
	switch s {
	case "", "\n", "\r", "\r\n":
		return s, nil
	}
	return nil, py.ExceptionNewf(py.ValueError, "illegal newline value: %s", string(s))
}

// setup is __init__: it checks the options, looks at what the buffer can do, and makes
// the codecs.
func (t *TextIO) setup(ctx py.Context, buffer py.Object, o textOptions) error {
	t.ready = false
	if o.encoding == "" || o.encoding == "locale" {
		o.encoding = localeEncoding
	}
	codec, err := lookupCodec(o.encoding)
	if err != nil {
		return err
	}
	if o.errors == "" {
		o.errors = "strict"
	}
	t.ctx, t.buffer, t.detached = ctx, buffer, false
	t.fast = nil
	if b, ok := buffer.(*Buffered); ok && b.Type() == b.nativeType() {
		t.fast = b
	}
	t.encoding, t.codec, t.errors = o.encoding, codec, o.errors
	t.lineBuffering, t.writeThrough = o.lineBuffering, o.writeThrou
	t.setNewline(o.newline)
	t.decoded, t.used, t.snapshot, t.b2c = "", 0, nil, 0
	t.wcore = &writeCore{}
	t.dec, t.nl, t.enc = nil, nil, false
	readable, err := callMethod(buffer, "readable")
	if err != nil {
		return err
	}
	if readable == py.True {
		t.dec = newDecoder(codec, o.errors)
		if t.readUniversal {
			t.nl = &nlDecoder{inner: t.dec, translate: t.readTranslate}
		}
	}
	writable, err := callMethod(buffer, "writable")
	if err != nil {
		return err
	}
	t.enc = writable == py.True
	if t.enc && bomOf(codec) != "" {
		t.bom = true
		if seekable, _ := callMethod(buffer, "seekable"); seekable == py.True {
			if pos, err := callMethod(buffer, "tell"); err == nil && pos != py.Int(0) {
				t.bom = false
			}
		}
	}
	seekable, err := callMethod(buffer, "seekable")
	if err != nil {
		return err
	}
	t.seekable = seekable == py.True
	t.telling = t.seekable
	_, rerr := py.GetAttrString(buffer, "read1")
	t.hasRead1 = rerr == nil
	t.ready = true
	if t.enc && t.fast != nil {
		track(t)
	}
	return nil
}

// setNewline derives the reading and writing rules from the newline argument.
func (t *TextIO) setNewline(nl py.Object) {
	t.newline = nl
	s, isStr := nl.(py.String)
	t.readUniversal = !isStr || s == ""
	t.readTranslate = !isStr
	t.readNL = ""
	if isStr && s != "" {
		t.readNL = string(s)
	}
	t.writeTranslate = !isStr || s != ""
	t.writeNL = ""
	if !t.readUniversal && t.readNL != "\n" {
		t.writeNL = t.readNL
	}
}

// check is CPython's CHECK_ATTACHED.
func (t *TextIO) check() error {
	if !t.ready {
		if t.detached {
			return py.ExceptionNewf(py.ValueError, "underlying buffer has been detached")
		}
		return py.ExceptionNewf(py.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// checkInitialized is CPython's CHECK_INITIALIZED: a detached wrapper passes.
func (t *TextIO) checkInitialized() error {
	if !t.ready && !t.detached {
		return py.ExceptionNewf(py.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// isClosed is the closed property: the buffer's.
func (t *TextIO) isClosed() (bool, error) {
	if t.fast != nil {
		return t.fast.closed()
	}
	return isClosed(t.buffer)
}

// checkOpen is CHECK_ATTACHED then CHECK_CLOSED.
func (t *TextIO) checkOpen() error {
	if err := t.check(); err != nil {
		return err
	}
	c, err := t.isClosed()
	if err != nil {
		return err
	}
	if c {
		return closedError()
	}
	return nil
}

// bufferWrite passes data to the buffer's write().
func (t *TextIO) bufferWrite(data []byte) error {
	if b := t.fast; b != nil && b.ready && b.kind&kindWriter != 0 {
		if err := b.enter(); err != nil {
			return err
		}
		defer b.leave()
		if c, _ := b.closed(); c {
			return py.ExceptionNewf(py.ValueError, "write to closed file")
		}
		_, err := b.write(data)
		return err
	}
	if f, ok := t.buffer.(*FileIO); ok && f.Type() == FileIOType {
		// Unbuffered output (gopy -u): straight to the descriptor.
		if err := f.checkWritable(); err != nil {
			return err
		}
		n, err := f.writeRaw(data)
		if err == nil && n < 0 {
			return blockingError("write could not complete without blocking", 0)
		}
		return err
	}
	_, err := callMethod(t.buffer, "write", py.Bytes(data))
	return err
}

// flushPending writes the encoded text waiting in pending.
func (t *TextIO) flushPending() error {
	w := t.wcore
	if len(w.pending) == 0 {
		return nil
	}
	data := w.pending
	w.pending = w.pending[:0]
	if _, raw := t.buffer.(*FileIO); !raw && (t.fast == nil || !t.fast.ready) {
		// A Python buffer may keep the bytes object: it gets its own copy.
		data = append([]byte(nil), data...)
	}
	return t.bufferWrite(data)
}

// bufferFlush is buffer.flush().
func (t *TextIO) bufferFlush() error {
	if b := t.fast; b != nil && b.ready && b.kind == kindWriter && b.Type() == BufferedWriterType {
		if err := b.enter(); err != nil {
			return err
		}
		defer b.leave()
		if err := b.checkClosedFor("flush"); err != nil {
			return err
		}
		return b.flushWrites()
	}
	_, err := callMethod(t.buffer, "flush")
	return err
}

// write is write(text): the number of characters written.
func (t *TextIO) write(text string) (int, error) {
	if err := t.checkOpen(); err != nil {
		return 0, err
	}
	if !t.enc {
		return 0, unsupported("not writable")
	}
	n := utf8.RuneCountInString(text)
	hasLF := (t.writeTranslate || t.lineBuffering) && strings.IndexByte(text, '\n') >= 0
	needFlush := t.lineBuffering && (hasLF || strings.IndexByte(text, '\r') >= 0)
	if hasLF && t.writeTranslate && t.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", t.writeNL)
	}
	w := t.wcore
	plain := t.codec == "utf-8" && !t.bom && strings.IndexByte(text, 0xed) < 0
	if plain && len(w.pending)+len(text) <= t.chunkSize {
		// The common case: UTF-8 text appended as it is.
		w.pending = append(w.pending, text...)
	} else {
		var data []byte
		if plain {
			data = []byte(text)
		} else {
			var err error
			if data, err = encode(t.codec, t.errors, text); err != nil {
				return 0, err
			}
			if t.bom {
				data = append([]byte(bomOf(t.codec)), data...)
				t.bom = false
			}
		}
		if len(w.pending)+len(data) > t.chunkSize && len(w.pending) > 0 {
			if err := t.flushPending(); err != nil {
				return 0, err
			}
		}
		w.pending = append(w.pending, data...)
	}
	if len(w.pending) >= t.chunkSize || needFlush || t.writeThrough {
		if err := t.flushPending(); err != nil {
			return 0, err
		}
	}
	if needFlush {
		if err := t.bufferFlush(); err != nil {
			return 0, err
		}
	}
	t.decoded, t.used, t.snapshot = "", 0, nil
	if t.dec != nil {
		t.resetDecoder()
	}
	return n, nil
}

func (t *TextIO) resetDecoder() {
	if t.nl != nil {
		t.nl.reset()
	} else {
		t.dec.reset()
	}
}

func (t *TextIO) decState() ([]byte, int) {
	if t.nl != nil {
		return t.nl.state()
	}
	return t.dec.state()
}

func (t *TextIO) setDecState(b []byte, flags int) {
	if t.nl != nil {
		t.nl.setState(b, flags)
	} else {
		t.dec.setState(b, flags)
	}
}

func (t *TextIO) decode(input []byte, final bool) (string, error) {
	if t.nl != nil {
		return t.nl.decodeBytes(input, final)
	}
	return t.dec.decode(input, final)
}

// readBuffer calls the buffer's read1(n) (or read(n)); nil at the end of the stream.
func (t *TextIO) readBuffer(n int, one bool) ([]byte, error) {
	if b := t.fast; b != nil && b.ready && b.kind&kindReader != 0 {
		if err := b.enter(); err != nil {
			return nil, err
		}
		var r py.Object
		var err error
		if b.unread() == 0 {
			err = b.checkClosedFor("read")
		}
		if err == nil {
			if one {
				r, err = b.read1(n)
			} else {
				r, err = b.read(n)
			}
		}
		b.leave()
		if err != nil || r == py.None {
			return nil, err
		}
		return r.(py.Bytes), nil
	}
	name := "read"
	if one && t.hasRead1 {
		name = "read1"
	}
	r, err := callMethod(t.buffer, name, py.Int(n))
	if err != nil || r == py.None {
		return nil, err
	}
	b, ok := objects.BytesLike(r)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)
	}
	return b, nil
}

// readChunk decodes the next chunk of the buffer; false at the end of the stream.
func (t *TextIO) readChunk(hint int) (bool, error) {
	var flags int
	var pendingBytes []byte
	if t.telling {
		pendingBytes, flags = t.decState()
	}
	size := t.chunkSize
	if hint > 0 {
		scaled := int(max(t.b2c, 1.0) * float64(hint))
		size = max(size, scaled)
	}
	input, err := t.readBuffer(size, true)
	if err != nil {
		return false, err
	}
	eof := len(input) == 0
	text, err := t.decode(input, eof)
	if err != nil {
		return false, err
	}
	t.decoded, t.used = text, 0
	nchars := utf8.RuneCountInString(text)
	if nchars > 0 {
		t.b2c = float64(len(input)) / float64(nchars)
		eof = false
	} else {
		t.b2c = 0
	}
	if t.telling {
		t.snapshot = &snapshot{flags: flags, input: append(pendingBytes, input...)}
	}
	return !eof, nil
}

// takeChars consumes up to n characters of the decoded text (all with n < 0).
func (t *TextIO) takeChars(n int) string {
	rest := t.decoded[t.used:]
	if n < 0 {
		t.used = len(t.decoded)
		return rest
	}
	end := 0
	for i := 0; i < n && end < len(rest); i++ {
		_, size := utf8.DecodeRuneInString(rest[end:])
		end += size
	}
	t.used += end
	return rest[:end]
}

// read is read(n): n characters (fewer at the end), all of them with n < 0.
func (t *TextIO) read(n int) (string, error) {
	if err := t.checkOpen(); err != nil {
		return "", err
	}
	if t.dec == nil {
		return "", unsupported("not readable")
	}
	if err := t.flushPending(); err != nil {
		return "", err
	}
	if n < 0 {
		input, err := t.readBuffer(-1, false)
		if err != nil {
			return "", err
		}
		text, err := t.decode(input, true)
		if err != nil {
			return "", err
		}
		out := t.takeChars(-1) + text
		t.decoded, t.used, t.snapshot = "", 0, nil
		return out, nil
	}
	var sb strings.Builder
	sb.WriteString(t.takeChars(n))
	left := n - utf8.RuneCountInString(sb.String())
	for left > 0 {
		more, err := t.readChunk(left)
		if err != nil {
			return "", err
		}
		got := t.takeChars(left)
		sb.WriteString(got)
		left -= utf8.RuneCountInString(got)
		if !more {
			break
		}
	}
	return sb.String(), nil
}

// lineEnd finds the end of the first line in s (the index just after its newline), or -1.
// In universal mode a '\r' cannot end the decoded text unless the stream ended (the
// newline decoder holds it back), so it ends a line there.
func (t *TextIO) lineEnd(s string) int {
	switch {
	case t.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case t.readUniversal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	default:
		if i := strings.Index(s, t.readNL); i >= 0 {
			return i + len(t.readNL)
		}
	}
	return -1
}

// readline is readline(limit): up to and including the newline, at most limit characters
// when limit >= 0. Text of earlier chunks is gathered in prefix; the rest of the last
// chunk stays in decoded (so that tell() knows where the line ended).
func (t *TextIO) readline(limit int) (string, error) {
	if err := t.checkOpen(); err != nil {
		return "", err
	}
	if t.dec == nil {
		return "", unsupported("not readable")
	}
	if err := t.flushPending(); err != nil {
		return "", err
	}
	prefix := ""
	for {
		rest := t.decoded[t.used:]
		line := prefix + rest
		end := t.lineEnd(line)
		if limit >= 0 {
			if cut := byteIndexOfChar(line, limit); cut < len(line) && (end < 0 || cut < end) {
				end = cut
			}
		}
		if end >= 0 {
			t.used += end - len(prefix)
			return line[:end], nil
		}
		prefix = line
		t.used = len(t.decoded)
		more, err := t.readChunk(0)
		if err != nil {
			return "", err
		}
		if !more && t.used == len(t.decoded) {
			t.snapshot = nil
			t.decoded, t.used = "", 0
			return prefix, nil
		}
	}
}

// byteIndexOfChar is the byte offset of character n in s (len(s) if s is shorter).
func byteIndexOfChar(s string, n int) int {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
