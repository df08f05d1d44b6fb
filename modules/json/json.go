// Package json provides Python's json package (json, json.decoder, json.encoder,
// json.scanner) and the _json accelerator beneath it.
//
// The Python modules (json.py, decoder.py, encoder.py, scanner.py, embedded) are written by
// gopy and keep CPython 3.11's API: dump/dumps/load/loads with every keyword, JSONEncoder
// and JSONDecoder that scripts subclass (default, encode, iterencode, decode, raw_decode),
// JSONDecodeError with msg, doc, pos, lineno and colno.
//
// The work is done in Go (_json):
//
//   - make_encoder returns an Encoder that writes a whole document into one buffer. CPython
//     has two encoders whose observable output differs only in how it is cut into chunks and
//     in two messages: the C one (JSONEncoder.encode without indent) returns the document in
//     one piece, the Python one (iterencode, dump, any indent) yields chunks. The Encoder
//     does both: in chunked mode it cuts the buffer where CPython's generator yields and uses
//     its messages. str, int and float subclasses are written by their value (as
//     int.__repr__ and float.__repr__ do, so IntEnum members are numbers); default() is
//     called for anything else, and dict subclasses are asked for their items().
//   - make_scanner returns a Scanner that reads a JSONDecoder's hooks (object_hook,
//     object_pairs_hook, parse_float, parse_int, parse_constant, strict) once and decodes
//     values with byte offsets, calling the hooks that are not the defaults. Errors carry
//     CPython's C scanner messages and positions (in characters) and become StopIteration
//     (where no value starts) or json.decoder.JSONDecodeError.
//   - decode is JSONDecoder.decode for decoders that do not override raw_decode: the whole
//     document in one call.
//
// Nested arrays and objects count against the recursion limit (RecursionError, as CPython's
// C code). A lone surrogate escape ("\ud800") decodes to the surrogate's WTF-8 bytes (gopy's
// str is UTF-8) and encodes back to the same escape.
package json

import (
	_ "embed"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/classes"
)

var (
	//go:embed json.py
	packageSource string
	//go:embed decoder.py
	decoderSource string
	//go:embed encoder.py
	encoderSource string
	//go:embed scanner.py
	scannerSource string
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_json", Doc: "json speedups\n", FileDesc: "<frozen _json>"},
		Methods: []*py.Method{
			py.MustNewMethod("make_encoder", makeEncoder, 0, "make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan, chunked=False)\n\nReturn a JSON encoder: encoder(obj, indent_level) gives the encoded chunks."),
			py.MustNewMethod("make_scanner", makeScanner, 0, "make_scanner(context) -> JSON scanner object"),
			encodeASCIIMethod,
			encodeUnicodeMethod,
			py.MustNewMethod("scanstring", scanstring, 0, "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote."),
			py.MustNewMethod("decode", decodeDocument, 0, "decode(scanner, string) -> object\n\nDecode a whole JSON document with a scanner: whitespace around the value is allowed, anything else after it is an error."),
			py.MustNewMethod("skip_whitespace", skipWhitespace, 0, "skip_whitespace(string, idx) -> index of the first character at or after idx that is not JSON whitespace"),
			py.MustNewMethod("decode_bytes", decodeBytes, 0, "decode_bytes(b, encoding) -> str\n\nDecode a JSON document given as bytes in one of the encodings json.detect_encoding names, lone surrogates passing."),
		},
		Globals: py.StringDict{"Scanner": ScannerType, "Encoder": EncoderType},
	})
	for _, m := range []struct{ name, doc, src string }{
		{"json", "JSON (JavaScript Object Notation) encoder and decoder", packageSource},
		{"json.decoder", "Implementation of JSONDecoder", decoderSource},
		{"json.encoder", "Implementation of JSONEncoder", encoderSource},
		{"json.scanner", "JSON token scanner", scannerSource},
	} {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: m.name, Doc: m.doc, FileDesc: "<frozen " + m.name + ">"},
			CodeSrc: m.src,
		})
	}
}

// strAndIndex parses (string, idx) arguments: the str and the byte offset of the
// character index, which may be the end of the string.
func strAndIndex(name string, s, idx py.Object) (string, int, int, error) {
	str, ok := classes.NativeOf(s).(py.String)
	if !ok {
		return "", 0, 0, py.ExceptionNewf(py.TypeError, "%s() argument 1 must be str, not %s", name, classes.TypeOf(s).Name)
	}
	n, err := py.IndexInt(idx)
	if err != nil {
		return "", 0, 0, err
	}
	if n < 0 {
		return "", 0, 0, py.ExceptionNewf(py.ValueError, "end is out of bounds")
	}
	off, ok := byteOffset(string(str), n)
	if !ok {
		if off < len(str) || charCount(string(str)) < n {
			return "", 0, 0, py.ExceptionNewf(py.ValueError, "end is out of bounds")
		}
		off = len(str)
	}
	return string(str), off, n, nil
}

// scanstring is _json.scanstring(string, end, strict=True).
func scanstring(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var str, end py.Object
	var strict py.Object = py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:scanstring", []string{"string", "end", "strict"}, &str, &end, &strict); err != nil {
		return nil, err
	}
	s, off, n, err := strAndIndex("scanstring", str, end)
	if err != nil {
		return nil, err
	}
	b, err := py.MakeBool(strict)
	if err != nil {
		return nil, err
	}
	v, stop, serr := scanString(s, off, b == py.True)
	if serr != nil {
		return nil, decodeError(self.(*py.Module).Context, serr.msg, str, charIndex(s, off, n, serr.pos))
	}
	return py.Tuple{py.String(v), charIndex(s, off, n, stop)}, nil
}

// charIndex converts byte offset pos of s to a character index, knowing that byte offset
// off is character n.
func charIndex(s string, off, n, pos int) py.Int {
	if pos < off {
		return py.Int(n - charCount(s[pos:off]))
	}
	return py.Int(n + charCount(s[off:pos]))
}

// skipWhitespace is _json.skip_whitespace(string, idx).
func skipWhitespace(self py.Object, args py.Tuple) (py.Object, error) {
	var str, idx py.Object
	if err := py.UnpackTuple(args, nil, "skip_whitespace", 2, 2, &str, &idx); err != nil {
		return nil, err
	}
	s, off, n, err := strAndIndex("skip_whitespace", str, idx)
	if err != nil {
		return nil, err
	}
	return py.Int(n + skip(s, off) - off), nil
}

// decodeDocument is _json.decode(scanner, string): JSONDecoder.decode in one call.
func decodeDocument(self py.Object, args py.Tuple) (py.Object, error) {
	var scanner, str py.Object
	if err := py.UnpackTuple(args, nil, "decode", 2, 2, &scanner, &str); err != nil {
		return nil, err
	}
	sc, ok := scanner.(*Scanner)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decode() argument 1 must be a JSON scanner, not %s", scanner.Type().Name)
	}
	s, ok := classes.NativeOf(str).(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", classes.TypeOf(str).Name)
	}
	start := skip(string(s), 0)
	v, end, err := sc.run(string(s), start)
	if err != nil {
		if se, ok := err.(*syntaxError); ok {
			pos := py.Int(charCount(string(s)[:se.pos]))
			if se.msg == noValue {
				// raw_decode's "raise JSONDecodeError(...) from None"
				return nil, decodeErrorFromNone(sc.ctx, str, pos)
			}
			return nil, decodeError(sc.ctx, se.msg, str, pos)
		}
		return nil, err
	}
	if end = skip(string(s), end); end != len(s) {
		return nil, decodeError(sc.ctx, "Extra data", str, py.Int(charCount(string(s)[:end])))
	}
	return v, nil
}

func decodeErrorFromNone(ctx py.Context, doc py.Object, pos py.Int) error {
	m, err := ctx.GetModule("json.decoder")
	if err != nil {
		return err
	}
	exc, err := py.Call(m.Globals["JSONDecodeError"], py.Tuple{py.String(noValue), doc, pos}, nil)
	if err != nil {
		return err
	}
	stop, err := py.Call(py.StopIteration, py.Tuple{pos}, nil)
	if err != nil {
		return err
	}
	classes.SetContext(exc, stop) // the StopIteration raw_decode caught
	return classes.Raise(exc, py.None, true)
}

// decodeBytes is _json.decode_bytes(b, encoding): bytes.decode(encoding, 'surrogatepass')
// for the UTF encodings a JSON document may come in.
func decodeBytes(self py.Object, args py.Tuple) (py.Object, error) {
	var b, enc py.Object
	if err := py.UnpackTuple(args, nil, "decode_bytes", 2, 2, &b, &enc); err != nil {
		return nil, err
	}
	var data []byte
	switch v := classes.NativeOf(b).(type) {
	case py.Bytes:
		data = v
	default:
		bs, err := py.Call(py.BytesType, py.Tuple{b}, nil)
		if err != nil {
			return nil, err
		}
		data = bs.(py.Bytes)
	}
	name, _ := enc.(py.String)
	switch name {
	case "utf-8", "utf-8-sig":
		if name == "utf-8-sig" {
			data = []byte(strings.TrimPrefix(string(data), "\xef\xbb\xbf"))
		}
		if bad := invalidUTF8(data); bad >= 0 {
			// bytes.decode reports the error with CPython's message.
			m, err := py.GetAttrString(py.Bytes(data), "decode")
			if err != nil {
				return nil, err
			}
			return py.Call(m, py.Tuple{py.String("utf-8")}, nil)
		}
		return py.String(data), nil
	case "utf-16", "utf-16-le", "utf-16-be":
		return decodeWide(string(name), data, 2)
	case "utf-32", "utf-32-le", "utf-32-be":
		return decodeWide(string(name), data, 4)
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
}

// invalidUTF8 returns the offset of the first byte of data that is neither UTF-8 nor a
// WTF-8 surrogate, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeChar(string(data[i:]))
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// decodeWide decodes UTF-16 or UTF-32 (width 2 or 4), its byte order from the name's
// suffix or a byte order mark (little-endian without one), lone surrogates passing.
func decodeWide(name string, data []byte, width int) (py.Object, error) {
	little := !strings.HasSuffix(name, "-be")
	if !strings.HasSuffix(name, "-le") && !strings.HasSuffix(name, "-be") {
		switch {
		case width == 2 && strings.HasPrefix(string(data), "\xff\xfe"), width == 4 && strings.HasPrefix(string(data), "\xff\xfe\x00\x00"):
			data = data[width:]
		case width == 2 && strings.HasPrefix(string(data), "\xfe\xff"), width == 4 && strings.HasPrefix(string(data), "\x00\x00\xfe\xff"):
			data, little = data[width:], false
		}
	}
	units := make([]rune, 0, len(data)/width)
	for i := 0; i+width <= len(data); i += width {
		var u rune
		for k := 0; k < width; k++ {
			if little {
				u |= rune(data[i+k]) << (8 * k)
			} else {
				u = u<<8 | rune(data[i+k])
			}
		}
		units = append(units, u)
	}
	if len(data)%width != 0 {
		start := len(data) - len(data)%width
		return nil, unicodeDecodeError(name, data, start, len(data), "truncated data")
	}
	var out []byte
	for i := 0; i < len(units); i++ {
		r := units[i]
		if width == 2 && utf16.IsSurrogate(r) && r < 0xdc00 && i+1 < len(units) {
			if c := utf16.DecodeRune(r, units[i+1]); c != utf8.RuneError {
				r = c
				i++
			}
		}
		if r > utf8.MaxRune || r < 0 {
			return nil, unicodeDecodeError(name, data, i*width, i*width+width, "code point not in range(0x110000)")
		}
		out = appendChar(out, r)
	}
	return py.String(out), nil
}

func unicodeDecodeError(name string, data []byte, start, end int, reason string) error {
	exc, err := py.Call(py.UnicodeDecodeError, py.Tuple{py.String(name), py.Bytes(data), py.Int(start), py.Int(end), py.String(reason)}, nil)
	if err != nil {
		return err
	}
	return classes.Raise(exc, nil, false)
}
