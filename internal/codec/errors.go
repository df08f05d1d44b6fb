package codec

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/ucd"
)

var (
	handlersMu sync.Mutex
	handlers   = map[string]py.Object{} // register_error's Python handlers by name
)

var builtinHandlers = map[string]bool{"strict": true, "ignore": true, "replace": true,
	"backslashreplace": true, "xmlcharrefreplace": true, "namereplace": true,
	"surrogateescape": true, "surrogatepass": true}

func customHandler(name string) (py.Object, error) {
	handlersMu.Lock()
	h := handlers[name]
	handlersMu.Unlock()
	if h == nil {
		return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", name)
	}
	return h, nil
}

func newUnicodeError(t *py.Type, codec string, obj py.Object, start, end int, reason string) (py.Object, error) {
	exc, err := py.Call(t, py.Tuple{py.String(codec), obj, py.Int(start), py.Int(end), py.String(reason)}, nil)
	if e, plain := exc.(*py.Exception); err == nil && plain {
		// gpython's own exception (gopy's object model is not loaded): CPython's message.
		if b, ok := obj.(py.Bytes); ok {
			if end-start == 1 {
				return nil, py.ExceptionNewf(e.Type(), "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start], start, reason)
			}
			return nil, py.ExceptionNewf(e.Type(), "'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
		}
		rs := wtf8Runes(string(obj.(py.String)))
		if end-start == 1 {
			return nil, py.ExceptionNewf(e.Type(), "'%s' codec can't encode character '%s' in position %d: %s", codec, escapeChar(rs[start]), start, reason)
		}
		return nil, py.ExceptionNewf(e.Type(), "'%s' codec can't encode characters in position %d-%d: %s", codec, start, end-1, reason)
	}
	return exc, err
}

// escapeChar is the repr body CPython's message gives an unencodable character.
func escapeChar(r rune) string {
	if r < 0x100 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return backslash(r)
}

func raise(exc py.Object, err error) error {
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: exc.Type(), Value: exc}
}

// callHandler calls a Python error handler with the exception and reads its
// (replacement, new position), the position counted from the end when negative.
func callHandler(h, exc py.Object, length int, decoding bool) (py.Object, int, error) {
	res, err := py.Call(h, py.Tuple{exc}, nil)
	if err != nil {
		return nil, 0, err
	}
	t, ok := res.(py.Tuple)
	msg := "encoding error handler must return (str/bytes, int) tuple"
	if decoding {
		msg = "decoding error handler must return (str, int) tuple"
	}
	if !ok || len(t) != 2 {
		return nil, 0, py.ExceptionNewf(py.TypeError, "%s", msg)
	}
	pos, ok := t[1].(py.Int)
	_, isStr := t[0].(py.String)
	_, isBytes := t[0].(py.Bytes)
	if !ok || !(isStr || (!decoding && isBytes)) {
		return nil, 0, py.ExceptionNewf(py.TypeError, "%s", msg)
	}
	p := int(pos)
	if p < 0 {
		p += length
	}
	if p < 0 || p > length {
		return nil, 0, py.ExceptionNewf(py.IndexError, "position %d from error handler out of bounds", int(pos))
	}
	return t[0], p, nil
}

// decodeError handles the invalid bytes data[start:end]: the text to put in their place
// and where decoding goes on.
func decodeError(c *Codec, errors string, data []byte, start, end int, reason string) (string, int, error) {
	switch errors {
	case "ignore":
		return "", end, nil
	case "replace":
		return "\ufffd", end, nil
	case "backslashreplace":
		var sb strings.Builder
		for _, b := range data[start:end] {
			fmt.Fprintf(&sb, `\x%02x`, b)
		}
		return sb.String(), end, nil
	case "surrogateescape":
		var out []byte
		for i := start; i < end && i < start+4; i++ {
			if data[i] < 0x80 {
				break
			}
			out = appendWTF8(out, 0xdc00+rune(data[i]))
			if i+1 == end {
				return string(out), end, nil
			}
		}
		if len(out) > 0 {
			return string(out), start + len(out)/3, nil
		}
	case "surrogatepass":
		if c.surrogateAt == nil {
			break
		}
		if r, n, ok := c.surrogateAt(data, start); ok {
			return string(appendWTF8(nil, r)), start + n, nil
		}
	}
	exc, err := newUnicodeError(py.UnicodeDecodeError, c.name, py.Bytes(data), start, end, reason)
	if err != nil || errors == "strict" || builtinHandlers[errors] {
		return "", 0, raise(exc, err)
	}
	h, err := customHandler(errors)
	if err != nil {
		return "", 0, err
	}
	rep, next, err := callHandler(h, exc, len(data), true)
	if err != nil {
		return "", 0, err
	}
	return string(rep.(py.String)), next, nil
}

// encodeError handles the characters rs[start:end] the codec cannot encode.
func encodeError(c *Codec, errors string, s string, rs []rune, start, end int) ([]byte, int, error) {
	var out []byte
	switch errors {
	case "ignore":
		return nil, end, nil
	case "replace":
		return []byte(strings.Repeat("?", end-start)), end, nil
	case "backslashreplace":
		for _, r := range rs[start:end] {
			out = append(out, backslash(r)...)
		}
		return out, end, nil
	case "xmlcharrefreplace":
		for _, r := range rs[start:end] {
			out = fmt.Appendf(out, "&#%d;", r)
		}
		return out, end, nil
	case "namereplace":
		for _, r := range rs[start:end] {
			if name := CharName(r); name != "" {
				out = fmt.Appendf(out, `\N{%s}`, name)
			} else {
				out = append(out, backslash(r)...)
			}
		}
		return out, end, nil
	case "surrogateescape":
		for _, r := range rs[start:end] {
			if r < 0xdc80 || r > 0xdcff {
				out = nil
				break
			}
			out = append(out, byte(r-0xdc00))
		}
		if out != nil {
			return out, end, nil
		}
	case "surrogatepass":
		if c.passSurrogate != nil {
			for _, r := range rs[start:end] {
				if !isSurrogate(r) {
					out = nil
					break
				}
				out = c.passSurrogate(out, r)
			}
			if out != nil {
				return out, end, nil
			}
		}
	}
	exc, err := newUnicodeError(py.UnicodeEncodeError, c.name, py.String(s), start, end, c.encReason)
	if err != nil || errors == "strict" || builtinHandlers[errors] {
		return nil, 0, raise(exc, err)
	}
	h, err := customHandler(errors)
	if err != nil {
		return nil, 0, err
	}
	rep, next, err := callHandler(h, exc, len(rs), false)
	if err != nil {
		return nil, 0, err
	}
	if b, ok := rep.(py.Bytes); ok {
		return []byte(b), next, nil
	}
	for _, r := range wtf8Runes(string(rep.(py.String))) {
		var ok bool
		if out, ok = c.enc(out, r); !ok {
			return nil, 0, raise(exc, nil)
		}
	}
	return out, next, nil
}

func backslash(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

// RegisterHandler is codecs.register_error: h is called with the UnicodeError.
func RegisterHandler(name string, h py.Object) {
	handlersMu.Lock()
	handlers[name] = h
	handlersMu.Unlock()
}

// LookupHandler is codecs.lookup_error.
func LookupHandler(name string) (py.Object, error) { return customHandler(name) }

// CharName is the Unicode 14.0.0 name of r ("" for none), namereplace's name.
func CharName(r rune) string {
	name, _ := ucd.V14().Name(r)
	return name
}

// Runes splits s into code points, reading lone surrogates held as WTF-8.
func Runes(s string) []rune { return wtf8Runes(s) }

// FromRunes is the str of rs, lone surrogates held as WTF-8 (the inverse of Runes).
func FromRunes(rs []rune) string {
	out := make([]byte, 0, len(rs))
	for _, r := range rs {
		out = appendWTF8(out, r)
	}
	return string(out)
}
