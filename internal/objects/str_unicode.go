package objects

import (
	"strings"
	"unicode/utf8"

	"github.com/gopyrt/gopy/internal/ucd"
)

// str's character predicates and case mappings answer from internal/ucd (Unicode
// 14.0.0, CPython 3.11's tables: full mappings such as 'ß'.upper() == 'SS', final sigma
// in lower()), not from Go's unicode package (Unicode 15, simple mappings). ASCII strings
// take a short path. Lone surrogates (held as WTF-8) are characters of their own.

// decodeWTF8 reads the character at s[i:]: a surrogate's three bytes as one code point.
func decodeWTF8(s string, i int) (rune, int) {
	if i+2 < len(s) && s[i] == 0xed && s[i+1] >= 0xa0 && s[i+1] <= 0xbf {
		return rune(s[i]&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// appendWTF8Rune appends r, a surrogate as its three WTF-8 bytes.
func appendWTF8Rune(b []byte, r rune) []byte {
	if r >= 0xd800 && r < 0xe000 {
		return append(b, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// caseMapped rebuilds s character by character: each is mapped by fn, which gets the
// runes of s and the index of the character (final sigma looks at its neighbours).
func caseMapped(s string, fn func(dst []rune, rs []rune, i int) []rune) string {
	var rs []rune
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s, i)
		rs = append(rs, r)
		i += n
	}
	var out []rune
	for i := range rs {
		out = fn(out, rs, i)
	}
	b := make([]byte, 0, len(s))
	for _, r := range out {
		b = appendWTF8Rune(b, r)
	}
	return string(b)
}

// lowerAt is the lowercase of rs[i], with Unicode's final sigma rule for U+03A3.
func lowerAt(dst []rune, rs []rune, i int) []rune {
	if rs[i] != 0x3a3 {
		return ucd.AppendLower(dst, rs[i])
	}
	j := i - 1
	for j >= 0 && ucd.IsCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && ucd.IsCased(rs[j])
	if final {
		k := i + 1
		for k < len(rs) && ucd.IsCaseIgnorable(rs[k]) {
			k++
		}
		final = k == len(rs) || !ucd.IsCased(rs[k])
	}
	if final {
		return append(dst, 0x3c2)
	}
	return append(dst, 0x3c3)
}

func pyUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	return caseMapped(s, func(dst, rs []rune, i int) []rune { return ucd.AppendUpper(dst, rs[i]) })
}

func pyLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	return caseMapped(s, lowerAt)
}

func pyCasefold(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	return caseMapped(s, func(dst, rs []rune, i int) []rune { return ucd.AppendFold(dst, rs[i]) })
}

func pySwapcase(s string) string {
	return caseMapped(s, func(dst, rs []rune, i int) []rune {
		switch r := rs[i]; {
		case ucd.IsUpper(r):
			return lowerAt(dst, rs, i)
		case ucd.IsLower(r):
			return ucd.AppendUpper(dst, r)
		default:
			return append(dst, r)
		}
	})
}

// pyTitle titlecases characters after uncased ones and lowercases the others.
func pyTitle(s string) string {
	prevCased := false
	return caseMapped(s, func(dst, rs []rune, i int) []rune {
		if prevCased {
			dst = lowerAt(dst, rs, i)
		} else {
			dst = ucd.AppendTitle(dst, rs[i])
		}
		prevCased = ucd.IsCased(rs[i])
		return dst
	})
}

// pyCapitalize titlecases the first character and lowercases the rest.
func pyCapitalize(s string) string {
	return caseMapped(s, func(dst, rs []rune, i int) []rune {
		if i == 0 {
			return ucd.AppendTitle(dst, rs[i])
		}
		return lowerAt(dst, rs, i)
	})
}

// eachChar calls f on each character of s until it returns false.
func eachChar(s string, f func(r rune) bool) bool {
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s, i)
		if !f(r) {
			return false
		}
		i += n
	}
	return true
}

// isCasedAs implements isupper (upper) and islower: no character of the other case or
// titlecase, and at least one of the wanted case.
func isCasedAs(s string, upper bool) bool {
	cased := false
	ok := eachChar(s, func(r rune) bool {
		want, other := ucd.IsLower(r), ucd.IsUpper(r)
		if upper {
			want, other = other, want
		}
		if other || ucd.IsTitle(r) {
			return false
		}
		cased = cased || want
		return true
	})
	return ok && cased
}

func isTitle(s string) bool {
	cased, prevCased := false, false
	ok := eachChar(s, func(r rune) bool {
		switch {
		case ucd.IsUpper(r) || ucd.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case ucd.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
		return true
	})
	return ok && cased
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	first := true
	return eachChar(s, func(r rune) bool {
		if first {
			first = false
			return ucd.IsXIDStart(r)
		}
		return ucd.IsXIDContinue(r)
	})
}

// isPrintable is str.isprintable of one character: what repr() leaves unescaped.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return ucd.IsPrintable(r)
}
