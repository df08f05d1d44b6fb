package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Format implements format(v, spec): str, int, bool, float and complex values are formatted
// here with the full mini-language; any other object is asked through __format__ (py.I__format__
// or a method in its type); an object without one formats as str(v) when spec is empty.
func Format(v py.Object, spec string) (string, error) {
	switch x := v.(type) {
	case py.String:
		return formatStr(string(x), spec)
	case py.Bool:
		if spec == "" {
			return Str(x)
		}
		return formatInt(toBig(x), spec, "bool")
	case py.Int:
		return formatInt(big.NewInt(int64(x)), spec, "int")
	case *py.BigInt:
		return formatInt((*big.Int)(x), spec, "int")
	case py.Float:
		return formatFloat(float64(x), spec, "float")
	case py.Complex:
		return formatComplex(complex128(x), spec)
	}
	if I, ok := v.(py.I__format__); ok {
		return formatResult(I.M__format__(py.String(spec)))
	}
	if res, ok, err := typeCall(v, "__format__", py.String(spec)); ok {
		return formatResult(res, err)
	}
	if spec != "" {
		return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", typeName(v))
	}
	return Str(v)
}

func formatResult(res py.Object, err error) (string, error) {
	if err != nil {
		return "", err
	}
	s, ok := res.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", typeName(res))
	}
	return string(s), nil
}

// FormatValue formats one f-string field: conv is 0, 'r', 's' or 'a'; it implements
// compiler.RT.FormatValue.
func FormatValue(v py.Object, conv byte, spec string) (py.Object, error) {
	switch conv {
	case 'r', 's', 'a':
		s, err := convert(v, conv)
		if err != nil {
			return nil, err
		}
		v = py.String(s)
	}
	s, err := Format(v, spec)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// convert applies a !r, !s or !a conversion.
func convert(v py.Object, conv byte) (string, error) {
	switch conv {
	case 'r':
		return Repr(v)
	case 'a':
		s, err := Repr(v)
		return asciiEscape(s), err
	}
	return Str(v)
}

// asciiEscape escapes non-ASCII characters as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s, i)
		i += n
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hex2(int(r), 2))
		case r <= 0xffff:
			b.WriteString(`\u` + hex2(int(r), 4))
		default:
			b.WriteString(`\U` + hex2(int(r), 8))
		}
	}
	return b.String()
}

func hex2(v, width int) string {
	s := strconv.FormatInt(int64(v), 16)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func formatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'str'", f.typ)
	}
	switch {
	case f.sign != 0:
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	case f.alt:
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	case f.grouping != 0:
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 's'.", f.grouping)
	}
	if f.precision >= 0 && utf8.RuneCountInString(s) > f.precision {
		s = string([]rune(s)[:f.precision])
	}
	return f.pad(s, 0, '<'), nil
}

func formatInt(v *big.Int, spec, typeName string) (string, error) {
	f, err := parseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fv, _ := new(big.Float).SetInt(v).Float64()
		return formatFloatSpec(fv, f, "int")
	}
	if f.precision >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	prefix, base, every := "", 10, 3
	switch f.typ {
	case 0, 'd', 'n':
	case 'b':
		prefix, base, every = "0b", 2, 4
	case 'o':
		prefix, base, every = "0o", 8, 4
	case 'x':
		prefix, base, every = "0x", 16, 4
	case 'X':
		prefix, base, every = "0X", 16, 4
	case 'c':
		if f.sign != 0 {
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !v.IsInt64() {
			return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		if v.Int64() < 0 || v.Int64() > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return f.pad(string(rune(v.Int64())), 0, '<'), nil
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, typeName)
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	if base == 10 {
		if digits, err = decimalText(abs); err != nil {
			return "", err
		}
	} else {
		digits = abs.Text(base)
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return f.numberBody(neg, prefix, digits, "", every), nil
}

func formatFloat(v float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(v), nil
	}
	f, err := parseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	return formatFloatSpec(v, f, typeName)
}

func formatFloatSpec(v float64, f *formatSpec, typeName string) (string, error) {
	typ := f.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	if f.precision > math.MaxInt32 {
		return "", py.ExceptionNewf(py.ValueError, "precision too big")
	}
	neg := math.Signbit(v)
	a := math.Abs(v)
	prec := f.precision
	var body string
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	switch {
	case math.IsInf(a, 0), math.IsNaN(a):
		body = "inf"
		if math.IsNaN(a) {
			body = "nan"
		}
		if upper {
			body = strings.ToUpper(body)
		}
		if typ == '%' {
			body += "%"
		}
		nf := *f
		nf.grouping = 0
		return nf.numberBody(neg, "", "", body, 3), nil
	default:
		switch typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = formatE(a, prec, f.alt)
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = formatF(a, prec, f.alt)
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = formatF(a*100, prec, f.alt) + "%"
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, prec, f.alt, false)
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
			} else {
				body = formatG(a, prec, f.alt, true)
			}
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if f.noNegZero && neg && isZeroDigits(body) && body != "inf" {
		neg = false
	}
	intPart, rest := splitNumber(body)
	return f.numberBody(neg, "", intPart, rest, 3), nil
}

// splitNumber splits formatted digits into the integer digits (which grouping applies to) and
// the rest (fraction, exponent, percent sign).
func splitNumber(body string) (string, string) {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return body[:i], body[i:]
}

func isZeroDigits(s string) bool {
	for _, c := range s {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

func formatE(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if alt && prec == 0 {
		mant += "."
	}
	e, _ := strconv.Atoi(exp)
	return mant + expSuffix('e', e)
}

func formatF(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'f', prec, 64)
	if alt && prec == 0 {
		s += "."
	}
	return s
}

// formatG is the 'g' presentation type; addDot0 gives the no-type behaviour with a precision
// (at least one digit after the point in fixed notation).
func formatG(a float64, prec int, alt, addDot0 bool) string {
	if prec == 0 {
		prec = 1
	}
	s := strconv.FormatFloat(a, 'e', prec-1, 64)
	mant, es, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(es)
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	limit := prec
	if addDot0 {
		limit = prec - 1
	}
	if exp >= -4 && exp < limit {
		out = fixedFromDigits(digits, exp)
		if !alt {
			if strings.Contains(out, ".") {
				out = strings.TrimRight(strings.TrimRight(out, "0"), ".")
			}
		} else if !strings.Contains(out, ".") {
			out += "."
		}
		if addDot0 && !strings.Contains(out, ".") {
			out += ".0"
		}
		return out
	}
	if !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	} else if alt {
		m += "."
	}
	return m + expSuffix('e', exp)
}

// formatComplex formats a complex number: each part with the spec's type and precision, the
// imaginary part always signed, the whole padded (right-aligned by default).
func formatComplex(c complex128, spec string) (string, error) {
	if spec == "" {
		return Repr(py.Complex(c))
	}
	f, err := parseSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	if f.fill == '0' && f.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	if f.typ == 0 && f.precision < 0 {
		body, _ := Repr(py.Complex(c))
		if f.sign == '+' && !strings.HasPrefix(body, "(-") && body[0] == '(' {
			body = "(+" + body[1:]
		}
		return f.pad(body, 0, '>'), nil
	}
	part := func(v float64, sign byte) (string, error) {
		pf := *f
		pf.width, pf.fill, pf.align, pf.sign = -1, ' ', 0, sign
		return formatFloatSpec(v, &pf, "complex")
	}
	re, err := part(real(c), f.sign)
	if err != nil {
		return "", err
	}
	im, err := part(imag(c), '+')
	if err != nil {
		return "", err
	}
	body := re + im + "j"
	if f.typ == 0 && real(c) == 0 && !math.Signbit(real(c)) {
		body, _ = part(imag(c), f.sign)
		body += "j"
	} else if f.typ == 0 {
		body = "(" + body + ")"
	}
	return f.pad(body, 0, '>'), nil
}
