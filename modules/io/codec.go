package io

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// The incremental codecs a TextIOWrapper uses: UTF-8 (and utf-8-sig), ASCII and Latin-1,
// with the error handlers strict, ignore, replace, backslashreplace and surrogateescape
// (decoding), xmlcharrefreplace and namereplace (encoding). Errors are CPython's
// UnicodeDecodeError / UnicodeEncodeError with the same positions: a UTF-8 error covers the
// maximal invalid prefix of a sequence, as CPython's decoder does, and positions count from
// the start of the bytes given to that decode call (including what an earlier call left
// undecoded).

// codecName normalises an encoding name to the codecs implemented here ("" if unknown).
func codecName(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("_", "-", " ", "-").Replace(n)
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4":
		return "utf-8"
	case "utf-8-sig", "utf8-sig":
		return "utf-8-sig"
	case "ascii", "us-ascii", "646", "us", "iso646-us", "ansi-x3.4-1968", "ansi-x3.4-1986", "cp367", "csascii", "ibm367", "iso-ir-6":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100", "csisolatin1", "ibm819", "iso-8859-1:1987":
		return "latin-1"
	}
	return ""
}

// lookupCodec checks an encoding name: LookupError as CPython's codecs.lookup.
func lookupCodec(name string) (string, error) {
	c := codecName(name)
	if c == "" {
		return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
	}
	return c, nil
}

func checkErrorHandler(errors string) error {
	switch errors {
	case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "namereplace", "surrogatepass":
		return nil
	}
	return py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errors)
}

// decoder is an incremental decoder.
type decoder struct {
	codec   string
	errors  string
	pending []byte // bytes of an incomplete UTF-8 sequence
	bomDone bool   // utf-8-sig: the start has been looked at
}

func newDecoder(codec, errors string) *decoder { return &decoder{codec: codec, errors: errors} }

func (d *decoder) reset() { d.pending, d.bomDone = nil, false }

// state is getstate(): the undecoded bytes and the flags (utf-8-sig: 1 before the BOM was
// looked at, as CPython's).
func (d *decoder) state() ([]byte, int) {
	flags := 0
	if d.codec == "utf-8-sig" && !d.bomDone {
		flags = 1
	}
	return append([]byte(nil), d.pending...), flags
}

func (d *decoder) setState(pending []byte, flags int) {
	d.pending = append([]byte(nil), pending...)
	d.bomDone = !(d.codec == "utf-8-sig" && flags != 0)
}

// decode decodes input after what is pending; with final, an incomplete sequence at the
// end is an error.
func (d *decoder) decode(input []byte, final bool) (string, error) {
	data := input
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), input...)
		d.pending = nil
	}
	switch d.codec {
	case "latin-1":
		var sb strings.Builder
		for _, c := range data {
			sb.WriteRune(rune(c))
		}
		return sb.String(), nil
	case "ascii":
		return d.decodeASCII(data)
	case "utf-8-sig":
		if !d.bomDone {
			if len(data) < 3 && !final && strings.HasPrefix("\xef\xbb\xbf", string(data)) {
				d.pending = data
				return "", nil
			}
			d.bomDone = true
			if len(data) >= 3 && string(data[:3]) == "\xef\xbb\xbf" {
				data = data[3:]
			}
		}
	}
	return d.decodeUTF8(data, final)
}

func (d *decoder) decodeASCII(data []byte) (string, error) {
	var sb strings.Builder
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 {
			sb.WriteByte(c)
			continue
		}
		if err := d.handle(&sb, "ascii", data, i, i+1, "ordinal not in range(128)"); err != nil {
			return "", err
		}
	}
	return sb.String(), nil
}

// utf8Invalid looks at the sequence starting at data[i]: its length if valid (0 if the
// data ends inside it), or the length of its invalid prefix and the reason.
func utf8Invalid(data []byte, i int) (valid int, bad int, reason string) {
	c := data[i]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c < 0x80:
		return 1, 0, ""
	case c < 0xc2 || c > 0xf4:
		return 0, 1, "invalid start byte"
	case c < 0xe0:
		need = 1
	case c < 0xf0:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	default:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(data) {
			return 0, k, "unexpected end of data"
		}
		b := data[i+k]
		if k > 1 {
			lo, hi = 0x80, 0xbf
		}
		if b < lo || b > hi {
			return 0, k, "invalid continuation byte"
		}
	}
	return need + 1, 0, ""
}

func (d *decoder) decodeUTF8(data []byte, final bool) (string, error) {
	var sb strings.Builder
	sb.Grow(len(data))
	start := 0
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		n, bad, reason := utf8Invalid(data, i)
		if n > 0 {
			i += n
			continue
		}
		sb.Write(data[start:i])
		if reason == "unexpected end of data" && !final {
			d.pending = append([]byte(nil), data[i:]...)
			return sb.String(), nil
		}
		if err := d.handle(&sb, "utf-8", data, i, i+bad, reason); err != nil {
			return "", err
		}
		i += bad
		start = i
	}
	sb.Write(data[start:])
	return sb.String(), nil
}

// handle applies the error handler to the bytes data[start:end].
func (d *decoder) handle(sb *strings.Builder, codec string, data []byte, start, end int, reason string) error {
	switch d.errors {
	case "ignore":
	case "replace":
		sb.WriteRune(utf8.RuneError)
	case "backslashreplace":
		for _, c := range data[start:end] {
			fmt.Fprintf(sb, `\x%02x`, c)
		}
	case "surrogateescape":
		// Lone surrogates U+DC80..U+DCFF, kept as their (WTF-8) bytes.
		for _, c := range data[start:end] {
			if c < 0x80 {
				return decodeError(codec, data, start, end, reason)
			}
			r := 0xdc00 + rune(c)
			sb.Write([]byte{0xed, byte(0xa0 | (r>>6)&0x3f), byte(0x80 | r&0x3f)})
		}
	default:
		return decodeError(codec, data, start, end, reason)
	}
	return nil
}

func decodeError(codec string, data []byte, start, end int, reason string) error {
	v, err := py.Call(py.UnicodeDecodeError, py.Tuple{py.String(codec), py.Bytes(append([]byte(nil), data...)), py.Int(start), py.Int(end), py.String(reason)}, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// encode encodes s with the codec and error handler.
func encode(codec, errors, s string) ([]byte, error) {
	limit := rune(0x10ffff)
	switch codec {
	case "ascii":
		limit = 0x7f
	case "latin-1":
		limit = 0xff
	default:
		if !strings.Contains(s, "\xed") || errors == "surrogatepass" {
			return []byte(s), nil
		}
	}
	out := make([]byte, 0, len(s))
	runes := wtf8Runes(s)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if surrogate := r >= 0xd800 && r <= 0xdfff; r <= limit && !surrogate {
			if limit == 0x10ffff {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		end := i + 1
		for end < len(runes) && (runes[end] > limit || runes[end] >= 0xd800 && runes[end] <= 0xdfff) {
			end++
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, strings.Repeat("?", end-i)...)
		case "backslashreplace":
			for _, c := range runes[i:end] {
				out = append(out, backslashEscape(c)...)
			}
		case "xmlcharrefreplace":
			for _, c := range runes[i:end] {
				out = append(out, fmt.Sprintf("&#%d;", c)...)
			}
		case "namereplace":
			for _, c := range runes[i:end] {
				out = append(out, backslashEscape(c)...)
			}
		case "surrogateescape":
			for _, c := range runes[i:end] {
				if c < 0xdc80 || c > 0xdcff {
					return nil, encodeError(codec, s, i, end, limitReason(codec, limit))
				}
				out = append(out, byte(c-0xdc00))
			}
		default:
			return nil, encodeError(codec, s, i, end, limitReason(codec, limit))
		}
		i = end - 1
	}
	return out, nil
}

// wtf8Runes decodes s into code points, reading the three-byte encodings of lone
// surrogates (what surrogateescape decoding produces) as the surrogates themselves.
func wtf8Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] == 0xed && i+2 < len(s) && s[i+1] >= 0xa0 && s[i+1] <= 0xbf && s[i+2]&0xc0 == 0x80 {
			out = append(out, 0xd000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

func limitReason(codec string, limit rune) string {
	if codec == "utf-8" || codec == "utf-8-sig" {
		return "surrogates not allowed"
	}
	return fmt.Sprintf("ordinal not in range(%d)", limit+1)
}

func backslashEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf(`\x%02x`, r)
	case r < 0x10000:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}

func encodeError(codec, s string, start, end int, reason string) error {
	v, err := py.Call(py.UnicodeEncodeError, py.Tuple{py.String(codec), py.String(s), py.Int(start), py.Int(end), py.String(reason)}, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}
