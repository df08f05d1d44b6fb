package sre

import (
	"strings"
)

// pyInteger is the value of int(s) for a group number written in a pattern or template
// ("(?(1)...)", "\g<1>"): Python accepts spaces around it, a sign, underscores between
// digits and the decimal digits of every script.
type pyInteger struct {
	neg    bool
	digits string // ASCII, no leading zeros ("0" for zero)
}

// pyInt parses s as int(s) does; ok is false where int() raises ValueError, and for
// negative numbers, which no group has.
func pyInt(s []rune) (v pyInteger, ok bool) {
	i, j := 0, len(s)
	for i < j && isUniSpace(uint32(s[i])) {
		i++
	}
	for j > i && isUniSpace(uint32(s[j-1])) {
		j--
	}
	s = s[i:j]
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		v.neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 {
		return v, false
	}
	var b strings.Builder
	prevDigit := false
	for _, r := range s {
		if r == '_' {
			if !prevDigit {
				return v, false
			}
			prevDigit = false
			continue
		}
		d := decimalValue(uint32(r))
		if d < 0 {
			return v, false
		}
		if b.Len() > 0 || d != 0 {
			b.WriteByte(byte('0' + d))
		}
		prevDigit = true
	}
	if !prevDigit {
		return v, false
	}
	v.digits = b.String()
	if v.digits == "" {
		v.digits, v.neg = "0", false
	}
	return v, !v.neg
}

func (v pyInteger) isZero() bool { return v.digits == "0" }

// atLeast reports v >= n.
func (v pyInteger) atLeast(n int) bool {
	if len(v.digits) > 18 {
		return true
	}
	return v.int() >= n
}

// int is the value of a number that atLeast said is small.
func (v pyInteger) int() int {
	n := 0
	for _, c := range v.digits {
		n = n*10 + int(c-'0')
		if n > 1<<40 {
			return n
		}
	}
	return n
}

func (v pyInteger) String() string { return v.digits }
