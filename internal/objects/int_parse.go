package objects

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/ucd"
)

// int() of a str, bytes or bytearray, as CPython 3.11 reads it: surrounding whitespace,
// a sign, a 0x/0o/0b prefix (which base 0 takes as the base, and base 16, 8 or 2 allows),
// single underscores between digits and after a prefix (PEP 515), Unicode decimal digits,
// and under base 0 no leading zeros but for zero itself. gpython's reader knew neither
// underscores nor zeros after a prefix (int("0b01", 0)), and named the wrong base.

// intFromLiteral parses text for int(text, base); shown is what the error message quotes.
func intFromLiteral(text string, base int, shown py.Object) (py.Object, error) {
	fail := func() (py.Object, error) {
		r, err := Repr(shown)
		if err != nil {
			return nil, err
		}
		if runes := []rune(r); len(runes) > 200 {
			r = string(runes[:200])
		}
		return nil, py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, r)
	}
	s := strings.TrimSpace(asciiDigitsAndSpaces(text))
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	radix, afterPrefix := base, false
	if len(s) >= 2 && s[0] == '0' {
		prefixed := 0
		switch s[1] {
		case 'x', 'X':
			prefixed = 16
		case 'o', 'O':
			prefixed = 8
		case 'b', 'B':
			prefixed = 2
		}
		if prefixed != 0 && (base == 0 || base == prefixed) {
			radix, afterPrefix, s = prefixed, true, s[2:]
		}
	}
	if radix == 0 {
		radix = 10
		if strings.TrimLeft(s, "0_") != "" && s != "" && s[0] == '0' {
			return fail() // base 0: a leading zero only in zero itself
		}
	}
	digits, ok := withoutUnderscores(s, afterPrefix)
	if !ok {
		return fail()
	}
	if err := checkDecimalDigits(digits, radix); err != nil {
		return nil, err
	}
	v, ok := new(big.Int).SetString(digits, radix)
	if !ok {
		return fail()
	}
	if neg {
		v.Neg(v)
	}
	return toIntObj(v), nil
}

// withoutUnderscores removes the single underscores s may have between digits (and at
// its start when it follows a base prefix); false if s has no digit or a misplaced one.
func withoutUnderscores(s string, afterPrefix bool) (string, bool) {
	if s == "" {
		return "", false
	}
	var b strings.Builder
	prev := byte('0') // a digit before the start: allows a leading '_' after a prefix
	if !afterPrefix {
		prev = '_'
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return "", false
			}
		} else if c == '+' || c == '-' {
			return "", false // big.Int would take a second sign
		} else {
			b.WriteByte(c)
		}
		prev = c
	}
	if prev == '_' || b.Len() == 0 {
		return "", false
	}
	return b.String(), true
}

// asciiDigitsAndSpaces maps Unicode decimal digits to ASCII digits and Unicode white space
// to spaces (as CPython does before reading a number); any other non-ASCII character
// becomes '?', which no base accepts.
func asciiDigitsAndSpaces(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	db := ucd.V14()
	return strings.Map(func(r rune) rune {
		if r < 0x80 {
			return r
		}
		if ucd.IsSpace(r) {
			return ' '
		}
		if d, ok := db.Decimal(r); ok {
			return '0' + rune(d)
		}
		return '?'
	}, s)
}
