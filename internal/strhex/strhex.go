// Package strhex is CPython's pystrhex: hexadecimal digits of bytes with an optional
// separator every n bytes (bytes.hex, memoryview.hex, binascii.hexlify).
package strhex

import (
	"encoding/hex"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
)

// Sep converts a separator argument: a str or bytes of one character, ASCII when the
// result is a str; for a bytes result (hexlify) any byte, or a str of one Latin-1
// character, passes (as in CPython).
func Sep(sep py.Object, forBytes bool) (byte, error) {
	var n int
	switch s := sep.(type) {
	case py.String:
		n = len([]rune(string(s)))
	case py.Bytes:
		n = len(s)
	default:
		l, err := py.Len(sep)
		if err != nil {
			return 0, err
		}
		n = int(l.(py.Int))
	}
	if n != 1 {
		return 0, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
	}
	var c rune
	switch s := sep.(type) {
	case py.String:
		c = []rune(string(s))[0]
		if c > 255 || (c > 127 && !forBytes) {
			return 0, py.ExceptionNewf(py.ValueError, "sep must be ASCII.")
		}
	case py.Bytes:
		if s[0] > 127 && !forBytes {
			return 0, py.ExceptionNewf(py.ValueError, "sep must be ASCII.")
		}
		c = rune(s[0])
	default:
		return 0, py.ExceptionNewf(py.TypeError, "sep must be str or bytes.")
	}
	return byte(c), nil
}

// Hex returns the lowercase hexadecimal digits of data, with sep (nil for none) between
// groups of bytesPerSep bytes counted from the right (from the left when negative).
func Hex(data []byte, sep py.Object, bytesPerSep py.Object, forBytes bool) ([]byte, error) {
	per := 1
	if bytesPerSep != nil {
		v, err := argclinic.Int(bytesPerSep)
		if err != nil || v > math.MaxInt32 || v < math.MinInt32 {
			if err == nil || py.IsException(py.OverflowError, err) {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
			}
			return nil, err
		}
		per = v
	}
	out := hex.AppendEncode(nil, data)
	if sep == nil {
		return out, nil
	}
	c, err := Sep(sep, forBytes)
	if err != nil {
		return nil, err
	}
	n := per
	if n < 0 {
		n = -n
	}
	if n == 0 || n >= len(data) {
		return out, nil
	}
	groups := (len(data) - 1) / n
	res := make([]byte, 0, len(out)+groups)
	first := len(data) - groups*n // bytes in the first group when counting from the right
	if per < 0 {
		first = n
	}
	for i := 0; i < len(data); i++ {
		if i > 0 && (i-first)%n == 0 && i >= first {
			res = append(res, c)
		}
		res = append(res, out[2*i], out[2*i+1])
	}
	return res, nil
}
