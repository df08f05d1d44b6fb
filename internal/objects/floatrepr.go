package objects

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// FloatRepr returns repr(f) as CPython writes it: the shortest digits that round-trip, in
// fixed notation when the decimal exponent is in [-4, 16) (always with a fractional part) and
// in scientific notation with a signed two-digit exponent otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	digits, exp, neg := shortestDigits(f)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if exp >= -4 && exp < 16 {
		b.WriteString(fixedFromDigits(digits, exp))
		if !strings.Contains(b.String(), ".") {
			b.WriteString(".0")
		}
		return b.String()
	}
	b.WriteString(sciFromDigits(digits, exp))
	return b.String()
}

// shortestDigits returns the shortest round-tripping decimal digits of |f| and the decimal
// exponent of the first digit (f = 0.d1d2... * 10**(exp+1)).
func shortestDigits(f float64) (digits string, exp int, neg bool) {
	s := strconv.FormatFloat(f, 'e', -1, 64)
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	mant, e, _ := strings.Cut(s, "e")
	exp, _ = strconv.Atoi(e)
	digits = strings.Replace(mant, ".", "", 1)
	return digits, exp, neg
}

// fixedFromDigits places the decimal point in digits (first digit at 10**exp).
func fixedFromDigits(digits string, exp int) string {
	if exp < 0 {
		return "0." + strings.Repeat("0", -exp-1) + digits
	}
	if exp+1 >= len(digits) {
		return digits + strings.Repeat("0", exp+1-len(digits))
	}
	return digits[:exp+1] + "." + digits[exp+1:]
}

// sciFromDigits writes d.ddde+XX.
func sciFromDigits(digits string, exp int) string {
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	return m + expSuffix('e', exp)
}

func expSuffix(e byte, exp int) string {
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	s := strconv.Itoa(exp)
	if len(s) < 2 {
		s = "0" + s
	}
	return string(e) + sign + s
}

// exactDecimal returns the exact decimal expansion of |f| (every double is a finite decimal).
func exactDecimal(f float64) (intPart, frac string) {
	s := new(big.Float).SetFloat64(math.Abs(f)).Text('f', 1100)
	intPart, frac, _ = strings.Cut(s, ".")
	return intPart, strings.TrimRight(frac, "0")
}

// roundDecimal rounds the decimal number intPart.frac half-to-even to n digits after the point
// (n may be negative) and returns the digits of the result scaled by 10**n, i.e. an integer.
func roundDecimal(intPart, frac string, n int) *big.Int {
	all := intPart + frac
	point := len(intPart) // position of the decimal point in all
	cut := point + n      // keep all[:cut]
	var kept, rest string
	switch {
	case cut <= 0:
		kept, rest = "0", strings.Repeat("0", -cut)+all
	case cut >= len(all):
		kept, rest = all+strings.Repeat("0", cut-len(all)), ""
	default:
		kept, rest = all[:cut], all[cut:]
	}
	v, _ := new(big.Int).SetString(kept, 10)
	if rest != "" {
		first := rest[0]
		tail := strings.TrimRight(rest[1:], "0")
		up := first > '5' || (first == '5' && tail != "") || (first == '5' && tail == "" && v.Bit(0) == 1)
		if up {
			v.Add(v, big.NewInt(1))
		}
	}
	return v
}

// RoundFloat implements round(f, n) for a float with an int n, correctly rounded like
// CPython (the exact binary value is rounded half to even).
func RoundFloat(f float64, n int) (float64, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return f, nil
	}
	if n > 323 {
		return f, nil
	}
	if n < -308 {
		return math.Copysign(0, f), nil
	}
	ip, fr := exactDecimal(f)
	v := roundDecimal(ip, fr, n)
	var s string
	if n >= 0 {
		s = v.String() + "e-" + strconv.Itoa(n)
	} else {
		s = v.String() + "e" + strconv.Itoa(-n)
	}
	r, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if math.IsInf(r, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
		}
		return 0, err
	}
	return math.Copysign(r, f), nil
}
