package codec

import (
	"fmt"

	"github.com/gopyrt/gopy/internal/ucd"
)

// The unicode_escape and raw_unicode_escape codecs: Python's backslash escapes over
// Latin-1 text, with the error reasons of CPython's decoders.

// noOutput is the rune a stepper returns for input that stands for no character (a
// backslash before a newline).
const noOutput = -1

func hexValue(c byte) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// stepHex reads n hex digits after the escape letter at data[i+1]; the reason is the
// escape's (truncated \xXX ...).
func stepHex(data []byte, i, n int, final bool, reason string) (rune, int, int, string, bool) {
	var v rune
	j := i + 2
	for k := 0; k < n; k++ {
		if j >= len(data) {
			if !final {
				return 0, 0, 0, "", true
			}
			return 0, 0, j - i, reason, false
		}
		d, ok := hexValue(data[j])
		if !ok {
			return 0, 0, j - i, reason, false
		}
		v = v<<4 | d
		j++
	}
	if v > 0x10ffff {
		return 0, 0, j - i, "illegal Unicode character", false
	}
	return v, j - i, 0, "", false
}

var simpleEscapes = map[byte]rune{'\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}

func stepUnicodeEscape(data []byte, i int, final bool) (rune, int, int, string, bool) {
	if data[i] != '\\' {
		return rune(data[i]), 1, 0, "", false
	}
	if i+1 >= len(data) {
		if !final {
			return 0, 0, 0, "", true
		}
		return 0, 0, 1, "\\ at end of string", false
	}
	c := data[i+1]
	if r, ok := simpleEscapes[c]; ok {
		return r, 2, 0, "", false
	}
	switch c {
	case '\n':
		return noOutput, 2, 0, "", false
	case 'x':
		return stepHex(data, i, 2, final, "truncated \\xXX escape")
	case 'u':
		return stepHex(data, i, 4, final, "truncated \\uXXXX escape")
	case 'U':
		return stepHex(data, i, 8, final, "truncated \\UXXXXXXXX escape")
	case 'N':
		return stepNamed(data, i, final)
	}
	if c >= '0' && c <= '7' {
		v, j := rune(0), i+1
		for j < len(data) && j < i+4 && data[j] >= '0' && data[j] <= '7' {
			v = v<<3 | rune(data[j]-'0')
			j++
		}
		return v, j - i, 0, "", false
	}
	// an unknown escape keeps its backslash; the next step reads the character
	return '\\', 1, 0, "", false
}

func stepNamed(data []byte, i int, final bool) (rune, int, int, string, bool) {
	const malformed = "malformed \\N character escape"
	j := i + 2
	if j >= len(data) || data[j] != '{' {
		if j >= len(data) && !final {
			return 0, 0, 0, "", true
		}
		return 0, 0, j - i, malformed, false
	}
	k := j + 1
	for k < len(data) && data[k] != '}' {
		k++
	}
	if k >= len(data) {
		if !final {
			return 0, 0, 0, "", true
		}
		return 0, 0, len(data) - i, malformed, false
	}
	if k == j+1 {
		return 0, 0, k - i, malformed, false // "\N{" ; the "}" is read as text
	}
	name := string(data[j+1 : k])
	if len(name) <= ucd.MaxNameLen {
		if rs, ok := ucd.V14().Lookup(name, ucd.Aliases); ok && len(rs) == 1 {
			return rs[0], k + 1 - i, 0, "", false
		}
	}
	return 0, 0, k + 1 - i, "unknown Unicode character name", false
}

func stepRawUnicodeEscape(data []byte, i int, final bool) (rune, int, int, string, bool) {
	if data[i] != '\\' || i+1 >= len(data) || data[i+1] != 'u' && data[i+1] != 'U' {
		if data[i] == '\\' && i+1 >= len(data) && !final {
			return 0, 0, 0, "", true
		}
		return rune(data[i]), 1, 0, "", false
	}
	// an odd run of backslashes before u/U escapes; an even one does not
	n := 0
	for k := i - 1; k >= 0 && data[k] == '\\'; k-- {
		n++
	}
	if n%2 == 1 {
		return '\\', 1, 0, "", false
	}
	if data[i+1] == 'u' {
		return stepHex(data, i, 4, final, "truncated \\uXXXX escape")
	}
	r, size, bad, reason, more := stepHex(data, i, 8, final, "truncated \\UXXXXXXXX escape")
	if reason == "illegal Unicode character" {
		reason = "\\Uxxxxxxxx out of range"
	}
	return r, size, bad, reason, more
}

func encUnicodeEscape(out []byte, r rune) ([]byte, bool) {
	switch {
	case r == '\\':
		return append(out, `\\`...), true
	case r == '\t':
		return append(out, `\t`...), true
	case r == '\n':
		return append(out, `\n`...), true
	case r == '\r':
		return append(out, `\r`...), true
	case r >= 0x20 && r < 0x7f:
		return append(out, byte(r)), true
	case r < 0x100:
		return fmt.Appendf(out, `\x%02x`, r), true
	case r < 0x10000:
		return fmt.Appendf(out, `\u%04x`, r), true
	}
	return fmt.Appendf(out, `\U%08x`, r), true
}

func encRawUnicodeEscape(out []byte, r rune) ([]byte, bool) {
	switch {
	case r < 0x100:
		return append(out, byte(r)), true
	case r < 0x10000:
		return fmt.Appendf(out, `\u%04x`, r), true
	}
	return fmt.Appendf(out, `\U%08x`, r), true
}

// The escape codecs.
var (
	UnicodeEscape    = &Codec{name: "unicodeescape", step: stepUnicodeEscape, enc: encUnicodeEscape}
	RawUnicodeEscape = &Codec{name: "rawunicodeescape", step: stepRawUnicodeEscape, enc: encRawUnicodeEscape}
)
