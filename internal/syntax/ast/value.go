package ast

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// Bytes is the value of a bytes literal.
type Bytes string

// None and Ellipsis are the constant values None and ... .
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Repr returns Python's repr() of a constant value (see the package doc for the Go types
// of constants).
func Repr(v any) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case complex128:
		return ComplexRepr(v)
	case string:
		return StrRepr(v)
	case Bytes:
		return BytesRepr(string(v))
	}
	return "<?>"
}

// FloatRepr formats f as Python's repr(float) does: the shortest digits that read back as
// f, in fixed notation when the decimal exponent is between -4 and 16, with ".0" added to
// whole numbers.
func FloatRepr(f float64) string {
	return formatFloat(f, true)
}

func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, exps, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(exps)
	decpt := exp + 1
	var b strings.Builder
	b.WriteString(sign)
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			b.WriteString("0.")
			b.WriteString(strings.Repeat("0", -decpt))
			b.WriteString(digits)
		case decpt >= len(digits):
			b.WriteString(digits)
			b.WriteString(strings.Repeat("0", decpt-len(digits)))
			if addDot0 {
				b.WriteString(".0")
			}
		default:
			b.WriteString(digits[:decpt])
			b.WriteByte('.')
			b.WriteString(digits[decpt:])
		}
		return b.String()
	}
	b.WriteString(digits[:1])
	if len(digits) > 1 {
		b.WriteByte('.')
		b.WriteString(digits[1:])
	}
	b.WriteByte('e')
	x := exp
	if x < 0 {
		b.WriteByte('-')
		x = -x
	} else {
		b.WriteByte('+')
	}
	if x < 10 {
		b.WriteByte('0')
	}
	b.WriteString(strconv.Itoa(x))
	return b.String()
}

// ComplexRepr formats c as Python's repr(complex) does.
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}

// StrRepr returns Python's repr() of a str given in generalized UTF-8 (lone surrogates
// as 3-byte sequences).
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteString(hex2(int(c)))
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := DecodeRune(s[i:])
		switch {
		case r >= 0xd800 && r < 0xe000:
			b.WriteString(`\u`)
			b.WriteString(hexN(int(r), 4))
		case unicode.IsPrint(r):
			b.WriteString(s[i : i+n])
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteString(hex2(int(r)))
		case r < 0x10000:
			b.WriteString(`\u`)
			b.WriteString(hexN(int(r), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(hexN(int(r), 8))
		}
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

// DecodeRune decodes the first code point of s, accepting the 3-byte form of surrogates
// (generalized UTF-8). Invalid bytes decode as U+FFFD, one byte long.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return rune(0xd000 | int(s[1]&0x3f)<<6 | int(s[2]&0x3f)), 3
	}
	return utf8.DecodeRuneInString(s)
}

// BytesRepr returns Python's repr() of a bytes value.
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func hex2(c int) string { return hexN(c, 2) }

func hexN(c, n int) string {
	s := strconv.FormatInt(int64(c), 16)
	return strings.Repeat("0", n-len(s)) + s
}
