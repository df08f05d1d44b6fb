package codec

import (
	"encoding/binary"
	"unicode/utf8"
)

// A stepper decodes one character at data[i:]: its rune and size, or the length of an
// invalid sequence and the reason CPython gives, or more=true when the data ends inside a
// sequence that more data could complete (only when not final).
type stepper func(data []byte, i int, final bool) (r rune, size, bad int, reason string, more bool)

// A unitEncoder appends the bytes of r, or reports that the codec cannot encode it.
type unitEncoder func(out []byte, r rune) ([]byte, bool)

func isSurrogate(r rune) bool { return r >= 0xd800 && r < 0xe000 }

// appendWTF8 appends r as UTF-8, surrogates included (gopy holds them as WTF-8).
func appendWTF8(out []byte, r rune) []byte {
	if isSurrogate(r) {
		return append(out, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(out, r)
}

// wtf8Runes splits s into code points, reading surrogates encoded as WTF-8.
func wtf8Runes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if i+2 < len(s) && s[i] == 0xed && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
			rs = append(rs, rune(s[i]&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

// stepUTF8 reports invalid sequences as CPython's decoder does: the maximal valid prefix of
// a sequence is one error ("invalid continuation byte" or, at the end, "unexpected end of
// data"); a byte that cannot start a sequence is "invalid start byte".
func stepUTF8(data []byte, i int, final bool) (rune, int, int, string, bool) {
	c := data[i]
	if c < 0x80 {
		return rune(c), 1, 0, "", false
	}
	var n int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c >= 0xe0 && c <= 0xef:
		n = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		n = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 0, 1, "invalid start byte", false
	}
	for k := 1; k < n; k++ {
		if i+k >= len(data) {
			if !final {
				return 0, 0, 0, "", true
			}
			return 0, 0, len(data) - i, "unexpected end of data", false
		}
		b := data[i+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xbf) {
			return 0, 0, k, "invalid continuation byte", false
		}
	}
	r, size := utf8.DecodeRune(data[i:])
	return r, size, 0, "", false
}

func stepUTF16(order byteOrder) stepper {
	return func(data []byte, i int, final bool) (rune, int, int, string, bool) {
		if len(data)-i < 2 {
			if !final {
				return 0, 0, 0, "", true
			}
			return 0, 0, len(data) - i, "truncated data", false
		}
		u := rune(order.Uint16(data[i:]))
		switch {
		case u < 0xd800 || u >= 0xe000:
			return u, 2, 0, "", false
		case u >= 0xdc00:
			return 0, 0, 2, "illegal encoding", false
		}
		if len(data)-i < 4 {
			if !final {
				return 0, 0, 0, "", true
			}
			return 0, 0, len(data) - i, "unexpected end of data", false
		}
		v := rune(order.Uint16(data[i+2:]))
		if v < 0xdc00 || v >= 0xe000 {
			return 0, 0, 2, "illegal UTF-16 surrogate", false
		}
		return 0x10000 + (u-0xd800)<<10 + (v - 0xdc00), 4, 0, "", false
	}
}

func stepUTF32(order byteOrder) stepper {
	return func(data []byte, i int, final bool) (rune, int, int, string, bool) {
		if len(data)-i < 4 {
			if !final {
				return 0, 0, 0, "", true
			}
			return 0, 0, len(data) - i, "truncated data", false
		}
		u := order.Uint32(data[i:])
		switch {
		case u > 0x10ffff:
			return 0, 0, 4, "code point not in range(0x110000)", false
		case isSurrogate(rune(u)):
			return 0, 0, 4, "code point in surrogate code point range(0xd800, 0xe000)", false
		}
		return rune(u), 4, 0, "", false
	}
}

func stepLimit(limit rune, reason string) stepper {
	return func(data []byte, i int, final bool) (rune, int, int, string, bool) {
		if rune(data[i]) > limit {
			return 0, 0, 1, reason, false
		}
		return rune(data[i]), 1, 0, "", false
	}
}

func encUTF8(out []byte, r rune) ([]byte, bool) {
	if isSurrogate(r) {
		return out, false
	}
	return utf8.AppendRune(out, r), true
}

func encUTF16(order byteOrder) unitEncoder {
	return func(out []byte, r rune) ([]byte, bool) {
		switch {
		case isSurrogate(r):
			return out, false
		case r < 0x10000:
			return order.AppendUint16(out, uint16(r)), true
		}
		r -= 0x10000
		out = order.AppendUint16(out, uint16(0xd800+r>>10))
		return order.AppendUint16(out, uint16(0xdc00+r&0x3ff)), true
	}
}

func encUTF32(order byteOrder) unitEncoder {
	return func(out []byte, r rune) ([]byte, bool) {
		if isSurrogate(r) {
			return out, false
		}
		return order.AppendUint32(out, uint32(r)), true
	}
}

func encLimit(limit rune) unitEncoder {
	return func(out []byte, r rune) ([]byte, bool) {
		if r > limit {
			return out, false
		}
		return append(out, byte(r)), true
	}
}

// byteOrder reads and appends in one byte order (binary.LittleEndian or BigEndian).
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}
