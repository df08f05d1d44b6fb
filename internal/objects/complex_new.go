package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// complex() and the float conversion under it. gpython's complex() converts both
// arguments with float() and nothing else; CPython 3.11's accepts a string ("1+2j",
// "(-j)"), honours __complex__, __float__ and __index__, combines complex arguments as
// real + imag*1j, and words each refusal its own way.

func complexNew(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "complex() takes at most 2 arguments (%d given)", len(args))
	}
	var r, i py.Object
	if len(args) > 0 {
		r = args[0]
	}
	if len(args) > 1 {
		i = args[1]
	}
	for _, name := range sortedKeys(kw) {
		switch {
		case name == "real" && len(args) < 1:
			r = kw[name]
		case name == "imag" && len(args) < 2:
			i = kw[name]
		case name == "real" || name == "imag":
			pos := 1
			if name == "imag" {
				pos = 2
			}
			return nil, py.ExceptionNewf(py.TypeError, "argument for complex() given by name ('%s') and position (%d)", name, pos)
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for complex()", name)
		}
	}
	if r == nil {
		r = py.Int(0)
	}
	if s, ok := r.(py.String); ok {
		if i != nil {
			return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
		}
		c, err := parseComplex(string(s))
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	if _, ok := i.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second arg can't be a string")
	}
	cr, rIsComplex, err := complexPart(r, "first argument must be a string or a number")
	if err != nil {
		return nil, err
	}
	if i == nil {
		return cr, nil
	}
	ci, iIsComplex, err := complexPart(i, "second argument must be a number")
	if err != nil {
		return nil, err
	}
	re, im := real(cr), real(ci)
	if iIsComplex {
		re -= imag(ci)
	}
	if rIsComplex {
		im += imag(cr)
	}
	return py.Complex(complex(re, im)), nil
}

// complexPart converts one argument of complex(): a complex (or __complex__'s result,
// which must be one) as itself, any other number as its float value.
func complexPart(x py.Object, refusal string) (py.Complex, bool, error) {
	if c, ok := x.(py.Complex); ok {
		return c, true, nil
	}
	if res, found, err := special(x, "__complex__"); found {
		if err != nil {
			return 0, false, err
		}
		c, ok := res.(py.Complex)
		if !ok {
			return 0, false, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", typeName(res))
		}
		return c, true, nil
	}
	if c, ok := NativeOf(x).(py.Complex); ok {
		return c, true, nil
	}
	f, ok, err := asDouble(x)
	if err != nil {
		return 0, false, err
	}
	if !ok {
		return 0, false, py.ExceptionNewf(py.TypeError, "complex() %s, not '%s'", refusal, typeName(x))
	}
	return py.Complex(complex(f, 0)), false, nil
}

// asDouble is CPython's PyFloat_AsDouble: a float, an int (OverflowError when too large),
// __float__ (whose result must be a float) or __index__. ok is false when x is none of
// these, so the caller can word the TypeError.
func asDouble(x py.Object) (f float64, ok bool, err error) {
	switch v := x.(type) {
	case py.Float:
		return float64(v), true, nil
	case py.Int, py.Bool, *py.BigInt:
		f, err := bigToFloat(toBig(v))
		return f, true, err
	}
	if res, found, err := special(x, "__float__"); found {
		if err != nil {
			return 0, true, err
		}
		if v, isFloat := res.(py.Float); isFloat {
			return float64(v), true, nil
		}
		return 0, true, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", typeName(x), typeName(res))
	}
	if res, found, err := special(x, "__index__"); found {
		if err != nil {
			return 0, true, err
		}
		v, isInt := intValue(res)
		if !isInt {
			return 0, true, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(res))
		}
		f, err := bigToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

// bigToFloat rounds an int to the nearest float, as CPython's int.__float__.
func bigToFloat(v *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// parseComplex reads complex()'s string forms: an optional pair of parentheses around
// "<real>", "<imag>j" or "<real><sign><imag>j" (the imaginary digits may be left out:
// "1+j"), surrounding whitespace, underscores between digits, and any Unicode decimal
// digits and spaces as their ASCII counterparts.
func parseComplex(s string) (py.Object, error) {
	text := asciiNumberText(s)
	if strings.Contains(text, "_") {
		var ok bool
		if text, ok = dropDigitUnderscores(text); !ok {
			return nil, py.ExceptionNewf(py.ValueError, "could not convert string to complex: %s", StrRepr(s))
		}
	}
	malformed := py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
	p := strings.Trim(text, " \t\n\r\v\f")
	if strings.HasPrefix(p, "(") {
		if !strings.HasSuffix(p, ")") || len(p) < 2 {
			return nil, malformed
		}
		p = strings.Trim(p[1:len(p)-1], " \t\n\r\v\f")
	}
	var re, im float64
	isJ := func(k int) bool { return k < len(p) && (p[k] == 'j' || p[k] == 'J') }
	n := scanFloat(p)
	switch {
	case n > 0 && isJ(n):
		im, n = parsePrefix(p[:n]), n+1
	case n > 0 && n < len(p) && (p[n] == '+' || p[n] == '-'):
		re = parsePrefix(p[:n])
		if m := scanFloat(p[n:]); m > 0 {
			im = parsePrefix(p[n : n+m])
			n += m
		} else {
			im = 1
			if p[n] == '-' {
				im = -1
			}
			n++
		}
		if !isJ(n) {
			return nil, malformed
		}
		n++
	case n > 0:
		re = parsePrefix(p[:n])
	default:
		im = 1
		if n < len(p) && (p[n] == '+' || p[n] == '-') {
			if p[n] == '-' {
				im = -1
			}
			n++
		}
		if !isJ(n) {
			return nil, malformed
		}
		n++
	}
	if n != len(p) {
		return nil, malformed
	}
	return py.Complex(complex(re, im)), nil
}

// asciiNumberText maps Unicode white space to ' ' and Unicode decimal digits to '0'-'9'
// (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII characters
// become '?', which no number contains.
func asciiNumberText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Nd, r):
			start := r
			for unicode.Is(unicode.Nd, start-1) {
				start--
			}
			b.WriteByte(byte('0' + (r-start)%10))
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// dropDigitUnderscores removes underscores that stand between two digits; any other
// underscore makes ok false.
func dropDigitUnderscores(s string) (string, bool) {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	out := make([]byte, 0, len(s))
	for k := 0; k < len(s); k++ {
		if s[k] == '_' {
			if k == 0 || k+1 == len(s) || !isDigit(s[k-1]) || !isDigit(s[k+1]) {
				return "", false
			}
			continue
		}
		out = append(out, s[k])
	}
	return string(out), true
}

// scanFloat returns the length of the longest float literal at the start of s (an
// optional sign, then digits with an optional fraction and exponent, or inf, infinity or
// nan in any case), 0 when there is none.
func scanFloat(s string) int {
	k := 0
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		k++
	}
	lower := strings.ToLower(s[k:])
	for _, word := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, word) {
			return k + len(word)
		}
	}
	digits := func(at int) int {
		for at < len(s) && s[at] >= '0' && s[at] <= '9' {
			at++
		}
		return at
	}
	end := digits(k)
	seen := end > k
	if end < len(s) && s[end] == '.' {
		frac := digits(end + 1)
		seen = seen || frac > end+1
		end = frac
	}
	if !seen {
		return 0
	}
	if end < len(s) && (s[end] == 'e' || s[end] == 'E') {
		e := end + 1
		if e < len(s) && (s[e] == '+' || s[e] == '-') {
			e++
		}
		if d := digits(e); d > e {
			end = d
		}
	}
	return end
}

// parsePrefix converts a literal scanFloat accepted; out-of-range values become ±inf or
// zero, as C's strtod gives them.
func parsePrefix(lit string) float64 {
	if strings.EqualFold(strings.TrimLeft(lit, "+-"), "nan") {
		if lit[0] == '-' {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	f, _ := strconv.ParseFloat(lit, 64)
	return f
}

// special calls the method name of x's type (found along its MRO, never in x's own
// dict) with x alone; found is false when the type has none.
func special(x py.Object, name string) (res py.Object, found bool, err error) {
	m := x.Type().Lookup(name)
	if m == nil || m == py.None {
		return nil, false, nil
	}
	if _, plain := m.(*py.Function); !plain {
		if _, method := m.(*py.Method); !method {
			// any other descriptor (unittest.mock's MagicProxy) binds itself, as CPython's
			// special-method lookup does
			if get := m.Type().Lookup("__get__"); get != nil {
				bound, err := py.Call(get, py.Tuple{m, x, x.Type()}, nil)
				if err != nil {
					return nil, true, err
				}
				res, err = py.Call(bound, nil, nil)
				return res, true, err
			}
		}
	}
	res, err = py.Call(m, py.Tuple{x}, nil)
	return res, true, err
}
