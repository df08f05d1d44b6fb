package pickle

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// This file holds the opcodes that carry data: strings, bytes, buffers.

// impossibleAlloc is a size beyond the 47-bit user address space of 64-bit machines: an
// allocation of it fails everywhere CPython runs.
const impossibleAlloc = 1 << 47

// memoryError is MemoryError() without arguments, as a failed allocation raises it.
func memoryError() error {
	e, err := py.ExceptionNew(py.MemoryError, py.Tuple{}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

func (u *Unpickler) readSized(op byte, width int, what string) ([]byte, error) {
	n, err := u.readUint(width)
	if err != nil {
		return nil, err
	}
	if width == 8 && n > math.MaxInt64 {
		return nil, py.ExceptionNewf(py.OverflowError, "%s exceeds system's maximum size of %d bytes", what, int64(math.MaxInt64))
	}
	if (op == opByteArray8 || op == opBinBytes8) && n >= impossibleAlloc {
		// CPython allocates the bytes or bytearray before it reads: a size no machine
		// can allocate is a MemoryError there, whatever follows.
		return nil, memoryError()
	}
	return u.src.read(n)
}

func (u *Unpickler) loadString(op byte) error {
	var data []byte
	switch op {
	case opString:
		line, err := u.src.readline()
		if err != nil {
			return err
		}
		s := line[:len(line)-1]
		if len(s) < 2 || s[0] != s[len(s)-1] || (s[0] != '\'' && s[0] != '"') {
			return py.ExceptionNewf(UnpicklingError, "the STRING opcode argument must be quoted")
		}
		if data, err = decodeEscape(s[1 : len(s)-1]); err != nil {
			return err
		}
	case opBinString:
		n, err := u.readUint(4)
		if err != nil {
			return err
		}
		if data, err = u.src.read(n); err != nil {
			return err
		}
	default:
		var err error
		if data, err = u.readSized(op, 1, ""); err != nil {
			return err
		}
	}
	x, err := decodeText(append([]byte(nil), data...), u.Encoding, u.Errors)
	if err != nil {
		return err
	}
	u.push(x)
	return nil
}

func (u *Unpickler) loadUnicode(op byte) error {
	var data []byte
	var err error
	switch op {
	case opUnicode:
		line, err := u.src.readline()
		if err != nil {
			return err
		}
		s, err := rawUnicodeUnescape(line[:len(line)-1])
		if err != nil {
			return err
		}
		u.push(py.String(s))
		return nil
	case opBinUnicode:
		data, err = u.readSized(op, 4, "")
	case opShortBinUnicode:
		data, err = u.readSized(op, 1, "")
	default:
		data, err = u.readSized(op, 8, "BINUNICODE")
	}
	if err != nil {
		return err
	}
	if err := checkUTF8(data); err != nil {
		return err
	}
	u.push(py.String(string(data)))
	return nil
}

func (u *Unpickler) loadBytes(op byte) error {
	var data []byte
	var err error
	switch op {
	case opBinBytes:
		data, err = u.readSized(op, 4, "")
	case opShortBinBytes:
		data, err = u.readSized(op, 1, "")
	case opBinBytes8:
		data, err = u.readSized(op, 8, "BINBYTES")
	default:
		data, err = u.readSized(op, 8, "BYTEARRAY8")
	}
	if err != nil {
		return err
	}
	if src, ok := u.src.(*byteSource); !ok || !u.ShareInput || op == opByteArray8 || 2*len(data) < len(src.data) {
		data = append([]byte{}, data...)
	}
	if op == opByteArray8 {
		x, err := newByteArray(u.ctx, data)
		if err != nil {
			return err
		}
		u.push(x)
		return nil
	}
	u.push(py.Bytes(data))
	return nil
}

func (u *Unpickler) loadBuffer(op byte) error {
	if op == opNextBuffer {
		if u.Buffers == nil || u.Buffers == py.None {
			return py.ExceptionNewf(UnpicklingError, "pickle stream refers to out-of-band data but no *buffers* argument was given")
		}
		x, err := py.Next(u.Buffers)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return py.ExceptionNewf(UnpicklingError, "not enough out-of-band buffers")
			}
			return err
		}
		u.push(x)
		return nil
	}
	x, err := u.top()
	if err != nil {
		return err
	}
	switch b := x.(type) {
	case *PickleBuffer:
		if !b.Readonly {
			u.stack[len(u.stack)-1] = &PickleBuffer{Data: b.Data, Readonly: true, base: b.base}
		}
	case py.Bytes, *ByteArray, *objects.ByteArray, *objects.MemoryView:
		// gopy has no read-only memoryview to put in place of a bytearray: it stays.
	default:
		return py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", typeName(x))
	}
	return nil
}

// decodeEscape decodes the backslash escapes of a Python 2 str literal (protocol 0 STRING).
func decodeEscape(s []byte) ([]byte, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			if c == '\\' {
				return nil, py.ExceptionNewf(py.ValueError, "Trailing \\ in string")
			}
			out = append(out, c)
			continue
		}
		i++
		switch e := s[i]; e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '7'; k++ {
				i++
				v = v*8 + int(s[i]-'0')
			}
			out = append(out, byte(v))
		case 'x':
			if i+2 < len(s)+0 && isHex(s[i+1]) && isHex(s[i+2]) {
				out = append(out, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
				i += 2
			} else {
				return nil, py.ExceptionNewf(py.ValueError, "invalid \\x escape at position %d", i-1)
			}
		default:
			out = append(out, '\\', e)
		}
	}
	return out, nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// rawUnicodeUnescape decodes the raw-unicode-escape codec: \uXXXX and \UXXXXXXXX escapes,
// every other byte a Latin-1 code point.
func rawUnicodeUnescape(b []byte) (string, error) {
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '\\' {
			sb.WriteRune(rune(c))
			continue
		}
		// Only an odd run of backslashes before u or U makes an escape; the run's other
		// backslashes are kept; an error starts at the escaping one.
		j := i
		for j < len(b) && b[j] == '\\' {
			j++
		}
		run := j - i
		if run%2 == 0 || j >= len(b) || (b[j] != 'u' && b[j] != 'U') {
			sb.WriteString(strings.Repeat("\\", run))
			i = j - 1
			continue
		}
		sb.WriteString(strings.Repeat("\\", run-1))
		n := 4
		if b[j] == 'U' {
			n = 8
		}
		// The error ends where the hex digits stop, as CPython's decoder reports it.
		k := j + 1
		for k < len(b) && k < j+1+n && isHex(b[k]) {
			k++
		}
		if k < j+1+n {
			return "", unicodeDecodeError("rawunicodeescape", j-1, k, "truncated \\"+string(b[j])+strings.Repeat("X", n)+" escape")
		}
		var v rune
		for _, h := range b[j+1 : j+1+n] {
			v = v<<4 | rune(hexVal(h))
		}
		if v > 0x10ffff {
			return "", unicodeDecodeError("rawunicodeescape", j-1, j+1+n, "\\Uxxxxxxxx out of range")
		}
		if v >= 0xd800 && v <= 0xdfff {
			// A lone surrogate is held as its three UTF-8-shaped bytes, as BINUNICODE's
			// surrogatepass data is.
			sb.Write([]byte{0xe0 | byte(v>>12), 0x80 | byte(v>>6)&0x3f, 0x80 | byte(v)&0x3f})
		} else {
			sb.WriteRune(v)
		}
		i = j + n
	}
	return sb.String(), nil
}

func unicodeDecodeError(codec string, start, end int, reason string) error {
	if end-start <= 1 {
		return py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode byte in position %d: %s", codec, start, reason)
	}
	return py.ExceptionNewf(py.UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
}

// checkUTF8 validates UTF-8 as CPython's decoder with surrogatepass, with its messages.
func checkUTF8(b []byte) error {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		// Encoded surrogates (ED A0..BF xx) pass.
		if c == 0xed && i+2 < len(b) && b[i+1] >= 0xa0 && b[i+1] <= 0xbf && b[i+2]&0xc0 == 0x80 {
			i += 3
			continue
		}
		reason := "invalid start byte"
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 2
		case c >= 0xe0 && c <= 0xef:
			need = 3
		case c >= 0xf0 && c <= 0xf4:
			need = 4
		}
		if need > 0 {
			reason = "invalid continuation byte"
			k := 1
			for k < need && i+k < len(b) && b[i+k]&0xc0 == 0x80 {
				k++
			}
			if i+k >= len(b) && k < need {
				reason = "unexpected end of data"
				if k > 1 {
					return py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %d-%d: %s", i, len(b)-1, reason)
				}
			}
			if k > 1 && !(reason == "unexpected end of data") {
				return py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+k-1, reason)
			}
		}
		return py.ExceptionNewf(py.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason)
	}
	return nil
}

// decodeText decodes protocol 0-2 str data with the unpickler's encoding and errors.
func decodeText(b []byte, encoding, errors string) (py.Object, error) {
	enc := strings.ReplaceAll(strings.ToLower(encoding), "-", "_")
	switch enc {
	case "bytes":
		return py.Bytes(b), nil
	case "ascii", "us_ascii", "646":
		var sb strings.Builder
		for i, c := range b {
			if c >= 0x80 {
				switch errors {
				case "ignore":
					continue
				case "replace":
					sb.WriteRune(utf8.RuneError)
					continue
				}
				return nil, py.ExceptionNewf(py.UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
			sb.WriteByte(c)
		}
		return py.String(sb.String()), nil
	case "latin1", "latin_1", "iso8859_1", "iso_8859_1", "l1", "8859", "cp819", "latin":
		return py.String(latin1Decode(b)), nil
	case "utf8", "utf_8", "u8", "utf":
		if err := checkUTF8(b); err != nil {
			if errors == "strict" {
				return nil, err
			}
			return py.String(strings.ToValidUTF8(string(b), "\ufffd")), nil
		}
		return py.String(string(b)), nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
}

// pyStrRepr returns Python's repr of a str.
func pyStrRepr(s string) string {
	quote := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString("\\n")
		case r == '\r':
			sb.WriteString("\\r")
		case r == '\t':
			sb.WriteString("\\t")
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&sb, "\\x%02x", r)
		case r >= 0x80 && r < 0xa0 || r == 0xad:
			fmt.Fprintf(&sb, "\\x%02x", r)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
