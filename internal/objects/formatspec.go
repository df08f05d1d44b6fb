package objects

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
)

// formatSpec is a parsed format specification (the format-spec mini-language shared by
// format(), str.format and f-strings):
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
type formatSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	noNegZero bool // "z"
	alt       bool // "#"
	width     int  // -1 when absent
	grouping  byte // 0, ',', '_'
	precision int  // -1 when absent
	typ       byte // 0 when absent
}

// parseSpec parses spec for an object of type typeName (used in error messages).
func parseSpec(spec string, typeName string) (*formatSpec, error) {
	f := &formatSpec{fill: ' ', width: -1, precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, size := utf8.DecodeRuneInString(s); size > 0 && size < len(s) && isAlign(s[size]) {
		f.fill, f.align = r, s[size]
		s = s[size+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.noNegZero = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		if f.align == 0 {
			f.fill, f.align = '0', '='
		}
		s = s[1:]
		if len(s) == 0 || s[0] < '0' || s[0] > '9' {
			f.width = 0
		}
	}
	n, rest, ok := parseDigits(s)
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
	}
	if rest != s {
		f.width = n
		s = rest
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			if s[0] == f.grouping && s[0] == ',' {
				return nil, py.ExceptionNewf(py.ValueError, "Cannot specify ',' with ','.")
			}
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		n, rest, ok := parseDigits(s[1:])
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		if rest == s[1:] {
			return nil, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		f.precision = n
		s = rest
	}
	if len(s) > 1 {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if !memlimit.Fits(f.width, 4) {
		// No string that wide can be made (CPython's allocation fails).
		return nil, memlimit.Error()
	}
	if f.grouping != 0 {
		switch f.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			return nil, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

func parseDigits(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		d := int(s[i] - '0')
		if n > (math.MaxInt64-d)/10 {
			// CPython's limit: the number must fit a Py_ssize_t.
			return 0, s, false
		}
		n = n*10 + d
		i++
	}
	return n, s[i:], true
}

// pad aligns body (already including its sign and prefix, where signLen bytes are the sign
// and prefix that '=' alignment keeps in front) to the spec's width.
func (f *formatSpec) pad(body string, signLen int, defaultAlign byte) string {
	n := utf8.RuneCountInString(body)
	if f.width <= n {
		return body
	}
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	padding := f.width - n
	fill := string(f.fill)
	switch align {
	case '<':
		return body + strings.Repeat(fill, padding)
	case '^':
		left := padding / 2
		return strings.Repeat(fill, left) + body + strings.Repeat(fill, padding-left)
	case '=':
		return body[:signLen] + strings.Repeat(fill, padding) + body[signLen:]
	}
	return strings.Repeat(fill, padding) + body
}

// group inserts sep every every digits from the right of digits.
func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

// numberBody assembles sign, prefix and digits and applies width, including CPython's zero
// padding that extends the grouped digits ("0" flag with a grouping option).
func (f *formatSpec) numberBody(neg bool, prefix, intDigits, rest string, every int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	head := sign + prefix
	if f.fill == '0' && f.align == '=' && f.grouping != 0 && f.width > 0 {
		// Zero padding goes inside the grouping: pad the digits before grouping them.
		for {
			g := group(intDigits, f.grouping, every)
			if len(head)+len(g)+len(rest) >= f.width {
				return head + g + rest
			}
			intDigits = "0" + intDigits
		}
	}
	return f.pad(head+group(intDigits, f.grouping, every)+rest, len(head), '>')
}
