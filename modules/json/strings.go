package json

import (
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
)

// gopy's str is UTF-8. A lone surrogate (which CPython's str can hold, and "\ud800" in a
// JSON document gives) is kept as its 3-byte WTF-8 form, as gopy's pickle keeps it, so a
// document decoded and encoded again keeps its escapes.

const hexDigits = "0123456789abcdef"

// decodeChar decodes the character at the start of s: a UTF-8 character, a WTF-8
// surrogate, or U+FFFD for a byte that starts neither.
func decodeChar(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 && len(s) >= 3 && s[0] == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return r, size
}

// appendChar appends r as UTF-8, or a surrogate as WTF-8.
func appendChar(buf []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(buf, 0xed, 0xa0|byte(r>>6)&0x1f, 0x80|byte(r)&0x3f)
	}
	return utf8.AppendRune(buf, r)
}

func appendU(buf []byte, r rune) []byte {
	return append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// appendEscape appends the JSON escape of an ASCII character that needs one.
func appendEscape(buf []byte, c byte) []byte {
	switch c {
	case '"':
		return append(buf, '\\', '"')
	case '\\':
		return append(buf, '\\', '\\')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	}
	return appendU(buf, rune(c))
}

// appendQuoted appends s as a JSON string, escaping only '"', '\\' and control characters
// (encode_basestring).
func appendQuoted(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			buf = appendEscape(append(buf, s[start:i]...), c)
			start = i + 1
		}
	}
	return append(append(buf, s[start:]...), '"')
}

// appendQuotedASCII appends s as a JSON string of ASCII characters only
// (encode_basestring_ascii): other characters become \uXXXX escapes, those beyond the
// Basic Multilingual Plane a surrogate pair.
func appendQuotedASCII(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		if c < utf8.RuneSelf {
			buf = appendEscape(buf, c)
			i++
		} else {
			r, size := decodeChar(s[i:])
			if r >= 0x10000 {
				r -= 0x10000
				buf = appendU(appendU(buf, 0xd800|r>>10), 0xdc00|r&0x3ff)
			} else {
				buf = appendU(buf, r)
			}
			i += size
		}
		start = i
	}
	return append(append(buf, s[start:]...), '"')
}

// strArg returns the str a string encoding function was given, with CPython's TypeError.
func strArg(args py.Tuple, name string) (string, error) {
	if len(args) != 1 {
		return "", py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	s, ok := classes.NativeOf(args[0]).(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", classes.TypeOf(args[0]).Name)
	}
	return string(s), nil
}

var (
	encodeASCIIMethod = py.MustNewMethod("encode_basestring_ascii", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := strArg(args, "encode_basestring_ascii")
		if err != nil {
			return nil, err
		}
		return py.String(appendQuotedASCII(make([]byte, 0, len(s)+2), s)), nil
	}, 0, "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string")
	encodeUnicodeMethod = py.MustNewMethod("encode_basestring", func(self py.Object, args py.Tuple) (py.Object, error) {
		s, err := strArg(args, "encode_basestring")
		if err != nil {
			return nil, err
		}
		return py.String(appendQuoted(make([]byte, 0, len(s)+2), s)), nil
	}, 0, "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string")
)

// scanString decodes the JSON string whose first character (after the opening quote) is at
// byte offset begin of s; it returns the string and the offset after the closing quote.
func scanString(s string, begin int, strict bool) (string, int, *syntaxError) {
	var out []byte // nil while the string has no escape: it is then a slice of s
	chunk := begin
	for i := begin; ; {
		// Find the end of the string or the next escape.
		for i < len(s) {
			c := s[i]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && strict {
				return "", 0, &syntaxError{"Invalid control character at", i}
			}
			i++
		}
		if i >= len(s) {
			return "", 0, &syntaxError{"Unterminated string starting at", begin - 1}
		}
		if s[i] == '"' {
			if out == nil {
				return s[chunk:i], i + 1, nil
			}
			return string(append(out, s[chunk:i]...)), i + 1, nil
		}
		out = append(out, s[chunk:i]...)
		i++ // the backslash
		if i >= len(s) {
			return "", 0, &syntaxError{"Unterminated string starting at", begin - 1}
		}
		c := s[i]
		if c != 'u' {
			var b byte
			switch c {
			case '"', '\\', '/':
				b = c
			case 'b':
				b = '\b'
			case 'f':
				b = '\f'
			case 'n':
				b = '\n'
			case 'r':
				b = '\r'
			case 't':
				b = '\t'
			default:
				return "", 0, &syntaxError{"Invalid \\escape", i - 1}
			}
			out = append(out, b)
			i++
			chunk = i
			continue
		}
		i++ // the u
		if i+4 >= len(s) {
			return "", 0, &syntaxError{"Invalid \\uXXXX escape", i - 1}
		}
		r, ok := hex4(s[i:])
		if !ok {
			return "", 0, &syntaxError{"Invalid \\uXXXX escape", i - 1}
		}
		i += 4
		if r >= 0xd800 && r <= 0xdbff && i+6 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
			r2, ok := hex4(s[i+2:])
			if !ok {
				return "", 0, &syntaxError{"Invalid \\uXXXX escape", i + 1}
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				i += 6
			}
		}
		out = appendChar(out, r)
		chunk = i
	}
}

// hex4 decodes the four hexadecimal digits at the start of s.
func hex4(s string) (rune, bool) {
	var r rune
	for k := 0; k < 4; k++ {
		c := s[k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}
