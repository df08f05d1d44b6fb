package binascii

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/strhex"
)

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Values [256]byte

func init() {
	for i := range b64Values {
		b64Values[i] = 0xff
	}
	for i := 0; i < len(b64Alphabet); i++ {
		b64Values[b64Alphabet[i]] = byte(i)
	}
}

// DecodeBase64 is a2b_base64: lenient by default (characters outside the alphabet are
// skipped, decoding stops at the padding that completes a quantum), strict_mode refusing
// anything but well-formed base64.
func DecodeBase64(data []byte, strict bool) ([]byte, error) {
	out := make([]byte, 0, len(data)/4*3+3)
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, errorf("Leading padding not allowed")
	}
	quad, pads := 0, 0
	var left byte
	padding := false
	for i, c := range data {
		if c == '=' {
			padding = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, errorf("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Values[c]
		if v == 0xff {
			if strict {
				return nil, errorf("Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return nil, errorf("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			left, quad = v, 1
		case 1:
			out = append(out, left<<2|v>>4)
			left, quad = v&0x0f, 2
		case 2:
			out = append(out, left<<4|v>>2)
			left, quad = v&0x03, 3
		case 3:
			out = append(out, left<<6|v)
			left, quad = 0, 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, errorf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return nil, errorf("Incorrect padding")
}

// EncodeBase64 is b2a_base64: standard alphabet, padded, a newline at the end if asked.
func EncodeBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], data[i:])
		v := uint32(chunk[0])<<16 | uint32(chunk[1])<<8 | uint32(chunk[2])
		q := [4]byte{b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], b64Alphabet[v&63]}
		switch n {
		case 1:
			q[2], q[3] = '=', '='
		case 2:
			q[3] = '='
		}
		out = append(out, q[:]...)
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

// DecodeHex is a2b_hex.
func DecodeHex(data []byte) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, errorf("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := hexValue(data[2*i]), hexValue(data[2*i+1])
		if hi > 15 || lo > 15 {
			return nil, errorf("Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func hexValue(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// DecodeUU is a2b_uu: one line, its length in its first character.
func DecodeUU(data []byte) ([]byte, error) {
	n := 0
	if len(data) > 0 {
		n = int((data[0] - ' ') & 077)
		data = data[1:]
	} else {
		n = int((0 - ' ') & 077)
	}
	out := make([]byte, 0, n)
	var acc uint32
	bits := 0
	for len(out) < n {
		var c byte
		if len(data) > 0 {
			c = data[0]
			data = data[1:]
			if c == '\n' || c == '\r' {
				c = 0
			} else {
				if c < ' ' || c > ' '+64 {
					return nil, errorf("Illegal char")
				}
				c = (c - ' ') & 077
			}
		}
		acc = acc<<6 | uint32(c)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for _, c := range data {
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, errorf("Trailing garbage")
		}
	}
	return out, nil
}

// EncodeUU is b2a_uu of at most 45 bytes.
func EncodeUU(data []byte, backtick bool) ([]byte, error) {
	if len(data) > 45 {
		return nil, errorf("At most 45 bytes at once")
	}
	char := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return v + ' '
	}
	out := []byte{char(byte(len(data)))}
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		copy(chunk[:], data[i:])
		v := uint32(chunk[0])<<16 | uint32(chunk[1])<<8 | uint32(chunk[2])
		out = append(out, char(byte(v>>18&63)), char(byte(v>>12&63)), char(byte(v>>6&63)), char(byte(v&63)))
	}
	return append(out, '\n'), nil
}

// CRCHqx is crc_hqx: CRC-CCITT (polynomial 0x1021, not reflected) from crc.
func CRCHqx(data []byte, crc uint32) uint32 {
	c := uint16(crc)
	for _, b := range data {
		c ^= uint16(b) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
	}
	return uint32(c)
}

func bytesResult(b []byte, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

func hexlify(a []py.Object) (py.Object, error) {
	data, err := argclinic.NeedBytes(a[0])
	if err != nil {
		return nil, err
	}
	return bytesResult(strhex.Hex(data, a[1], a[2], true))
}

func unhexlify(a []py.Object) (py.Object, error) {
	data, err := asciiData(a[0])
	if err != nil {
		return nil, err
	}
	return bytesResult(DecodeHex(data))
}
