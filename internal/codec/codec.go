// Package codec holds gopy's text codecs: UTF-8, UTF-8 with signature, UTF-16 and UTF-32
// (with a BOM or in either byte order), Latin-1 and ASCII, with CPython's error ranges and
// reasons and all its error handlers (strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, namereplace, surrogateescape, surrogatepass, and Python handlers
// given to codecs.register_error). str.encode, bytes.decode (package objects) and the
// _codecs module (modules/codecs) both use it, so they agree.
//
// Decoders work step by step: a stepper per codec reports one character or one invalid
// sequence (CPython's maximal-prefix rule for UTF-8), so one loop serves final and
// incremental decoding and every handler. gopy's str is UTF-8 with lone surrogates held as
// WTF-8, which is what surrogateescape and surrogatepass produce and consume.
package codec

import (
	"encoding/binary"
	"strings"

	"github.com/go-python/gpython/py"
)

// A Codec is one encoding: how to decode a character, how to encode one, and the reason
// its encoder gives for characters it cannot encode.
type Codec struct {
	name          string
	step          stepper
	enc           unitEncoder
	encReason     string
	passSurrogate func(out []byte, r rune) []byte                   // surrogatepass's bytes for r
	surrogateAt   func(data []byte, i int) (r rune, n int, ok bool) // a surrogate surrogatepass reads
}

// Name is the codec's name in error messages ("utf-8", "latin-1", "utf-16-le"...).
func (c *Codec) Name() string { return c.name }

func newUTF16(name string, order byteOrder) *Codec {
	return &Codec{name: name, step: stepUTF16(order), enc: encUTF16(order), encReason: "surrogates not allowed",
		passSurrogate: func(out []byte, r rune) []byte { return order.AppendUint16(out, uint16(r)) },
		surrogateAt: func(data []byte, i int) (rune, int, bool) {
			if len(data)-i >= 2 && isSurrogate(rune(order.Uint16(data[i:]))) {
				return rune(order.Uint16(data[i:])), 2, true
			}
			return 0, 0, false
		}}
}

func newUTF32(name string, order byteOrder) *Codec {
	return &Codec{name: name, step: stepUTF32(order), enc: encUTF32(order), encReason: "surrogates not allowed",
		passSurrogate: func(out []byte, r rune) []byte { return order.AppendUint32(out, uint32(r)) },
		surrogateAt: func(data []byte, i int) (rune, int, bool) {
			if len(data)-i >= 4 && isSurrogate(rune(order.Uint32(data[i:]))) {
				return rune(order.Uint32(data[i:])), 4, true
			}
			return 0, 0, false
		}}
}

// The codecs. UTF16 and UTF32 are the little-endian codecs under the names of the
// BOM-writing ones, for their error messages.
var (
	UTF8 = &Codec{name: "utf-8", step: stepUTF8, enc: encUTF8, encReason: "surrogates not allowed",
		passSurrogate: appendWTF8,
		surrogateAt: func(data []byte, i int) (rune, int, bool) {
			if len(data)-i >= 3 && data[i] == 0xed && data[i+1] >= 0xa0 && data[i+1] <= 0xbf && data[i+2] >= 0x80 && data[i+2] <= 0xbf {
				return wtf8Runes(string(data[i : i+3]))[0], 3, true
			}
			return 0, 0, false
		}}
	Latin1  = &Codec{name: "latin-1", step: stepLimit(0xff, ""), enc: encLimit(0xff), encReason: "ordinal not in range(256)"}
	ASCII   = &Codec{name: "ascii", step: stepLimit(0x7f, "ordinal not in range(128)"), enc: encLimit(0x7f), encReason: "ordinal not in range(128)"}
	UTF16LE = newUTF16("utf-16-le", binary.LittleEndian)
	UTF16BE = newUTF16("utf-16-be", binary.BigEndian)
	UTF32LE = newUTF32("utf-32-le", binary.LittleEndian)
	UTF32BE = newUTF32("utf-32-be", binary.BigEndian)
	UTF16   = newUTF16("utf-16", binary.LittleEndian)
	UTF32   = newUTF32("utf-32", binary.LittleEndian)
)

// Decode runs c over data from start; it returns the text and where it stopped (before an
// incomplete character at the end when not final).
func (c *Codec) Decode(data []byte, start int, errors string, final bool) (string, int, error) {
	out := make([]byte, 0, len(data))
	i := start
	for i < len(data) {
		r, size, bad, reason, more := c.step(data, i, final)
		if more {
			break
		}
		if bad == 0 {
			if r != noOutput {
				out = appendWTF8(out, r)
			}
			i += size
			continue
		}
		rep, next, err := decodeError(c, errors, data, i, i+bad, reason)
		if err != nil {
			return "", 0, err
		}
		out = append(out, rep...)
		i = next
	}
	return string(out), i, nil
}

// Encode runs c over s, each run of characters it cannot encode one error; it returns the
// bytes and the number of characters of s.
func (c *Codec) Encode(s string, errors string) ([]byte, int, error) {
	rs := wtf8Runes(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); {
		next, ok := c.enc(out, rs[i])
		if ok {
			out = next
			i++
			continue
		}
		end := i + 1
		for end < len(rs) {
			if _, ok := c.enc(nil, rs[end]); ok {
				break
			}
			end++
		}
		rep, resume, err := encodeError(c, errors, s, rs, i, end)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, rep...)
		i = resume
	}
	return out, len(rs), nil
}

// BOMs of the codecs that write one.
const (
	BOM16LE = "\xff\xfe"
	BOM16BE = "\xfe\xff"
	BOM32LE = "\xff\xfe\x00\x00"
	BOM32BE = "\x00\x00\xfe\xff"
	BOM8    = "\xef\xbb\xbf"
)

// DecodeBOM decodes UTF-16 or UTF-32 (wide 2 or 4) in the byte order a BOM at the start
// gives (and consumes), else in order (0: little endian, the machines gopy runs on). It
// returns the order it found (-1 little, 1 big, 0 not yet known).
func DecodeBOM(data []byte, errors string, order int, final bool, wide int) (string, int, int, error) {
	le, be, bomLE, bomBE := UTF16LE, UTF16BE, BOM16LE, BOM16BE
	if wide == 4 {
		le, be, bomLE, bomBE = UTF32LE, UTF32BE, BOM32LE, BOM32BE
	}
	start := 0
	if order == 0 {
		switch {
		case strings.HasPrefix(string(data), bomLE):
			order, start = -1, len(bomLE)
		case strings.HasPrefix(string(data), bomBE):
			order, start = 1, len(bomBE)
		case !final && len(data) < len(bomLE):
			return "", 0, 0, nil
		}
	}
	c := le
	if order > 0 {
		c = be
	}
	s, n, err := c.Decode(data, start, errors, final)
	return s, n, order, err
}

// names maps encodings' normalized names and aliases to the codecs' own keys.
var names = map[string]string{
	"utf_8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8",
	"utf8_ucs4": "utf_8", "cp65001": "utf_8", "utf_8_sig": "utf_8_sig",
	"latin_1": "latin_1", "8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1",
	"ibm819": "latin_1", "iso8859": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1",
	"iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1",
	"latin1": "latin_1",
	"ascii":  "ascii", "646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
	"ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii", "ibm367": "ascii",
	"iso646_us": "ascii", "iso_646.irv_1991": "ascii", "iso_ir_6": "ascii", "us": "ascii",
	"us_ascii": "ascii",
	"utf_16":   "utf_16", "u16": "utf_16", "utf16": "utf_16", "utf_16_le": "utf_16_le",
	"utf_16le": "utf_16_le", "unicodelittleunmarked": "utf_16_le", "utf_16_be": "utf_16_be",
	"utf_16be": "utf_16_be", "unicodebigunmarked": "utf_16_be",
	"utf_32": "utf_32", "u32": "utf_32", "utf32": "utf_32", "utf_32_le": "utf_32_le",
	"utf_32le": "utf_32_le", "utf_32_be": "utf_32_be", "utf_32be": "utf_32_be",
}

// Normalize is encodings.normalize_encoding's rule, lower-cased: each run of characters
// other than letters, digits and dots becomes one underscore, none at the ends.
func Normalize(name string) string {
	var sb strings.Builder
	gap := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r > 0x7f {
			if gap && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			sb.WriteRune(r)
			gap = false
		} else {
			gap = true
		}
	}
	return sb.String()
}

// Key is the codec key ("utf_8", "latin_1", "utf_16"...) of an encoding name, "" if gopy
// has no such codec.
func Key(encoding string) string { return names[Normalize(encoding)] }

func unknown(encoding string) error {
	return py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
}

// Registry runs a codec the Python registry knows (codecs.register) for str.encode
// (decoding false: obj is a str) and bytes.decode (obj is the bytes); modules/codecs sets
// it. It returns the bytes or the str, with CPython's errors for non-text codecs.
var Registry func(obj py.Object, encoding, errors string, decoding bool) (py.Object, error)

func viaRegistry(obj py.Object, encoding, errors string, decoding bool) (py.Object, error) {
	if Registry == nil {
		return nil, unknown(encoding)
	}
	return Registry(obj, encoding, errors, decoding)
}

// EncodeText is str.encode(encoding, errors).
func EncodeText(s, encoding, errors string) ([]byte, error) {
	var c *Codec
	prefix := ""
	switch Key(encoding) {
	case "utf_8":
		if errors == "strict" && !strings.Contains(s, "\xed") {
			return []byte(s), nil
		}
		c = UTF8
	case "utf_8_sig":
		c, prefix = UTF8, BOM8
	case "latin_1":
		c = Latin1
	case "ascii":
		c = ASCII
	case "utf_16":
		c, prefix = UTF16, BOM16LE
	case "utf_16_le":
		c = UTF16LE
	case "utf_16_be":
		c = UTF16BE
	case "utf_32":
		c, prefix = UTF32, BOM32LE
	case "utf_32_le":
		c = UTF32LE
	case "utf_32_be":
		c = UTF32BE
	default:
		if c = Charmap(Normalize(encoding)); c == nil {
			o, err := viaRegistry(py.String(s), encoding, errors, false)
			if err != nil {
				return nil, err
			}
			return []byte(o.(py.Bytes)), nil
		}
	}
	out, _, err := c.Encode(s, errors)
	if err != nil {
		return nil, err
	}
	if prefix != "" {
		out = append([]byte(prefix), out...)
	}
	return out, nil
}

// DecodeText is bytes.decode(encoding, errors).
func DecodeText(b []byte, encoding, errors string) (string, error) {
	var c *Codec
	switch Key(encoding) {
	case "utf_8":
		c = UTF8
	case "utf_8_sig":
		s, _, err := UTF8.Decode(b, len(commonPrefix(b, BOM8)), errors, true)
		return s, err
	case "latin_1":
		c = Latin1
	case "ascii":
		c = ASCII
	case "utf_16":
		s, _, _, err := DecodeBOM(b, errors, 0, true, 2)
		return s, err
	case "utf_16_le":
		c = UTF16LE
	case "utf_16_be":
		c = UTF16BE
	case "utf_32":
		s, _, _, err := DecodeBOM(b, errors, 0, true, 4)
		return s, err
	case "utf_32_le":
		c = UTF32LE
	case "utf_32_be":
		c = UTF32BE
	default:
		if c = Charmap(Normalize(encoding)); c == nil {
			o, err := viaRegistry(py.Bytes(b), encoding, errors, true)
			if err != nil {
				return "", err
			}
			return string(o.(py.String)), nil
		}
	}
	s, _, err := c.Decode(b, 0, errors, true)
	return s, err
}

// commonPrefix is bom when b starts with it, else "".
func commonPrefix(b []byte, bom string) string {
	if strings.HasPrefix(string(b), bom) {
		return bom
	}
	return ""
}
