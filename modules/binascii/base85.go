package binascii

import (
	"bytes"
	"encoding/binary"

	"github.com/go-python/gpython/py"
)

// Base32, Ascii85 and base85 for base64.py, with the results and messages of CPython's
// pure-Python versions (its decoders' quirks included: where a partial last group is
// completed and trimmed, which errors come first).

const (
	b32Alphabet    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32HexAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
	b85Alphabet    = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
)

var b85Values [256]int

func init() {
	for i := range b85Values {
		b85Values[i] = -1
	}
	for i := 0; i < len(b85Alphabet); i++ {
		b85Values[b85Alphabet[i]] = i
	}
}

// EncodeBase32 encodes with alphabet (32 characters), padded with '='.
func EncodeBase32(alphabet string, data []byte) []byte {
	out := make([]byte, 0, (len(data)+4)/5*8)
	for i := 0; i < len(data); i += 5 {
		var chunk [8]byte
		n := copy(chunk[3:], data[i:])
		v := binary.BigEndian.Uint64(chunk[:])
		for k := 7; k >= 0; k-- {
			out = append(out, alphabet[v>>(5*uint(k))&31])
		}
		pads := [6]int{0, 6, 4, 3, 1}[n%5]
		if n == 5 {
			pads = 0
		}
		for k := 0; k < pads; k++ {
			out[len(out)-1-k] = '='
		}
	}
	return out
}

// DecodeBase32 decodes s (already case-folded and mapped by the caller).
func DecodeBase32(alphabet string, s []byte) ([]byte, error) {
	if len(s)%8 != 0 {
		return nil, errorf("Incorrect padding")
	}
	l := len(s)
	s = bytes.TrimRight(s, "=")
	padchars := l - len(s)
	out := make([]byte, 0, len(s)/8*5+5)
	var acc uint64
	for i := 0; i < len(s); i += 8 {
		acc = 0
		for _, c := range s[i:min(i+8, len(s))] {
			k := bytes.IndexByte([]byte(alphabet), c)
			if k < 0 {
				return nil, errorf("Non-base32 digit found")
			}
			acc = acc<<5 | uint64(k)
		}
		var w [8]byte
		binary.BigEndian.PutUint64(w[:], acc)
		out = append(out, w[3:]...)
	}
	switch padchars {
	case 0, 1, 3, 4, 6:
	default:
		return nil, errorf("Incorrect padding")
	}
	if padchars > 0 && len(out) > 0 {
		acc <<= 5 * uint(padchars)
		var w [8]byte
		binary.BigEndian.PutUint64(w[:], acc)
		keep := (43 - 5*padchars) / 8
		out = append(out[:len(out)-5], w[3:3+keep]...)
	}
	return out, nil
}

// encode85 is base64._85encode: 4-byte words as 5 digits of chars (z and y folding for
// Ascii85), the last group cut back unless padded.
func encode85(data []byte, chars string, pad, foldNuls, foldSpaces bool) []byte {
	padding := (4 - len(data)%4) % 4
	if padding > 0 {
		data = append(append([]byte(nil), data...), make([]byte, padding)...)
	}
	out := make([]byte, 0, len(data)/4*5)
	var last []byte
	for i := 0; i < len(data); i += 4 {
		w := binary.BigEndian.Uint32(data[i:])
		start := len(out)
		switch {
		case foldNuls && w == 0:
			out = append(out, 'z')
		case foldSpaces && w == 0x20202020:
			out = append(out, 'y')
		default:
			var d [5]byte
			for k := 4; k >= 0; k-- {
				d[k] = chars[w%85]
				w /= 85
			}
			out = append(out, d[:]...)
		}
		last = out[start:]
	}
	if padding > 0 && !pad {
		start := len(out) - len(last)
		group := append([]byte(nil), last...)
		if len(group) == 1 && group[0] == 'z' {
			group = bytes.Repeat([]byte{chars[0]}, 5)
		}
		if len(group) > padding {
			group = group[:len(group)-padding]
		} else {
			group = nil
		}
		out = append(out[:start], group...)
	}
	return out
}

// EncodeA85 is base64.a85encode.
func EncodeA85(data []byte, foldSpaces bool, wrapcol int, pad, adobe bool) []byte {
	chars := make([]byte, 85)
	for i := range chars {
		chars[i] = byte(33 + i)
	}
	res := encode85(data, string(chars), pad, true, foldSpaces)
	if adobe {
		res = append([]byte("<~"), res...)
	}
	if wrapcol != 0 {
		w := wrapcol
		if adobe && w < 2 {
			w = 2
		} else if w < 1 {
			w = 1
		}
		var lines [][]byte
		for i := 0; i < len(res); i += w {
			lines = append(lines, res[i:min(i+w, len(res))])
		}
		if adobe && len(lines[len(lines)-1])+2 > w {
			lines = append(lines, nil)
		}
		res = bytes.Join(lines, []byte{'\n'})
	}
	if adobe {
		res = append(res, "~>"...)
	}
	return res
}

// DecodeA85 is base64.a85decode.
func DecodeA85(data []byte, foldSpaces, adobe bool, ignore []byte) ([]byte, error) {
	if adobe {
		if !bytes.HasSuffix(data, []byte("~>")) {
			return nil, py.ExceptionNewf(py.ValueError, "Ascii85 encoded byte sequences must end with b'~>'")
		}
		if bytes.HasPrefix(data, []byte("<~")) {
			data = data[2 : len(data)-2]
		} else {
			data = data[:len(data)-2]
		}
	}
	var out []byte
	var group []byte
	for _, c := range append(append([]byte(nil), data...), "uuuu"...) {
		switch {
		case '!' <= c && c <= 'u':
			group = append(group, c)
			if len(group) == 5 {
				var acc uint64
				for _, g := range group {
					acc = 85*acc + uint64(g-33)
				}
				if acc > 0xffffffff {
					return nil, py.ExceptionNewf(py.ValueError, "Ascii85 overflow")
				}
				out = binary.BigEndian.AppendUint32(out, uint32(acc))
				group = group[:0]
			}
		case c == 'z':
			if len(group) > 0 {
				return nil, py.ExceptionNewf(py.ValueError, "z inside Ascii85 5-tuple")
			}
			out = append(out, 0, 0, 0, 0)
		case foldSpaces && c == 'y':
			if len(group) > 0 {
				return nil, py.ExceptionNewf(py.ValueError, "y inside Ascii85 5-tuple")
			}
			out = append(out, ' ', ' ', ' ', ' ')
		case bytes.IndexByte(ignore, c) >= 0:
		default:
			return nil, py.ExceptionNewf(py.ValueError, "Non-Ascii85 digit found: %c", rune(c))
		}
	}
	if padding := 4 - len(group); padding > 0 {
		out = out[:max(0, len(out)-padding)]
	}
	return out, nil
}

// EncodeB85 is base64.b85encode.
func EncodeB85(data []byte, pad bool) []byte { return encode85(data, b85Alphabet, pad, false, false) }

// DecodeB85 is base64.b85decode.
func DecodeB85(data []byte) ([]byte, error) {
	padding := (5 - len(data)%5) % 5
	data = append(append([]byte(nil), data...), bytes.Repeat([]byte{'~'}, padding)...)
	out := make([]byte, 0, len(data)/5*4)
	for i := 0; i < len(data); i += 5 {
		var acc uint64
		for j, c := range data[i : i+5] {
			v := b85Values[c]
			if v < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "bad base85 character at position %d", i+j)
			}
			acc = acc*85 + uint64(v)
		}
		if acc > 0xffffffff {
			return nil, py.ExceptionNewf(py.ValueError, "base85 overflow in hunk starting at byte %d", i)
		}
		out = binary.BigEndian.AppendUint32(out, uint32(acc))
	}
	return out[:len(out)-padding], nil
}
