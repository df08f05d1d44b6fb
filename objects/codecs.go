package objects

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Text encodings for str.encode and bytes.decode: UTF-8, ASCII and Latin-1, with the strict,
// ignore, replace, backslashreplace and xmlcharrefreplace (encoding) / surrogateescape-free
// error handlers.

// normEncoding maps an encoding name to "utf-8", "ascii" or "latin-1" ("" if unsupported).
func normEncoding(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1"
	}
	return ""
}

func lookupEncoding(name string) (string, error) {
	enc := normEncoding(name)
	if enc == "" {
		return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
	}
	return enc, nil
}

// encodeStr encodes s.
func encodeStr(s, encoding, errors string) ([]byte, error) {
	enc, err := lookupEncoding(encoding)
	if err != nil {
		return nil, err
	}
	if enc == "utf-8" {
		return []byte(s), nil
	}
	limit := rune(0x7f)
	if enc == "latin-1" {
		limit = 0xff
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		if r <= limit {
			out = append(out, byte(r))
			pos++
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			out = append(out, asciiEscape(string(r))...)
		case "xmlcharrefreplace":
			out = append(out, fmt.Sprintf("&#%d;", r)...)
		case "strict":
			return nil, unicodeError(py.UnicodeEncodeError, enc, py.String(s), pos, fmt.Sprintf("ordinal not in range(%d)", limit+1))
		default:
			return nil, py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
		}
		pos++
	}
	return out, nil
}

// unicodeError makes a UnicodeDecodeError or UnicodeEncodeError for the character (or
// byte) at pos of obj, with CPython's five arguments.
func unicodeError(t *py.Type, enc string, obj py.Object, pos int, reason string) error {
	e, err := py.Call(t, py.Tuple{py.String(enc), obj, py.Int(pos), py.Int(pos + 1), py.String(reason)}, nil)
	if err != nil {
		return err
	}
	if _, plain := e.(*py.Exception); plain {
		// gpython's own exception (the object model is not loaded): the message alone.
		if t == py.UnicodeDecodeError {
			b := obj.(py.Bytes)
			return py.ExceptionNewf(t, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[pos], pos, reason)
		}
		r := []rune(string(obj.(py.String)))[pos]
		return py.ExceptionNewf(t, "'%s' codec can't encode character '%s' in position %d: %s", enc, asciiEscape(string(r)), pos, reason)
	}
	return py.ExceptionInfo{Type: t, Value: e}
}

// Decode decodes b as bytes.decode(encoding, errors) does, with its errors.
func Decode(b []byte, encoding, errors string) (string, error) {
	return decodeBytes(b, encoding, errors)
}

// decodeBytes decodes b.
func decodeBytes(b []byte, encoding, errors string) (string, error) {
	enc, err := lookupEncoding(encoding)
	if err != nil {
		return "", err
	}
	var out strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case enc == "latin-1":
			out.WriteRune(rune(c))
			i++
			continue
		case c < 0x80:
			out.WriteByte(c)
			i++
			continue
		case enc == "utf-8":
			r, size := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || size > 1 {
				out.WriteRune(r)
				i += size
				continue
			}
			if errors == "surrogatepass" && c == 0xed && i+2 < len(b) && b[i+1]&0xe0 == 0xa0 && b[i+2]&0xc0 == 0x80 {
				// a surrogate's 3 bytes: gopy's str keeps them as they are (WTF-8)
				out.Write(b[i : i+3])
				i += 3
				continue
			}
		}
		reason := "ordinal not in range(128)"
		if enc == "utf-8" {
			reason = "invalid start byte"
			if c >= 0xc2 && c <= 0xf4 {
				if i+1 >= len(b) {
					reason = "unexpected end of data"
				} else {
					reason = "invalid continuation byte"
				}
			}
		}
		switch errors {
		case "ignore":
		case "replace":
			out.WriteRune(utf8.RuneError)
		case "backslashreplace":
			fmt.Fprintf(&out, `\x%02x`, c)
		case "strict", "surrogatepass":
			return "", unicodeError(py.UnicodeDecodeError, enc, py.Bytes(append([]byte(nil), b...)), i, reason)
		default:
			return "", py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
		}
		i++
	}
	return out.String(), nil
}

// codecArgs reads (encoding='utf-8', errors='strict').
func codecArgs(name string, args py.Tuple, kw py.StringDict) (string, string, error) {
	var encObj, errObj py.Object
	if err := parseArgs(name, args, kw, []string{"encoding", "errors"}, 2, 0, &encObj, &errObj); err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	if encObj != nil {
		s, ok := encObj.(py.String)
		if !ok {
			return "", "", py.ExceptionNewf(py.TypeError, "%s() argument 'encoding' must be str, not %s", name, typeName(encObj))
		}
		enc = string(s)
	}
	if errObj != nil {
		s, ok := errObj.(py.String)
		if !ok {
			return "", "", py.ExceptionNewf(py.TypeError, "%s() argument 'errors' must be str, not %s", name, typeName(errObj))
		}
		errs = string(s)
	}
	return enc, errs, nil
}
