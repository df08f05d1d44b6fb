// Package cmath is Python's cmath module in Go: CPython's algorithms for the complex
// functions (written to avoid overflow and cancellation, with C99 Annex G's special values,
// special.go) over internal/libm's real functions, so results are CPython's bits.
package cmath

import (
	"math"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libm"
)

// errno is what CPython's C functions report beside their result.
type errno int

const (
	ok errno = iota
	edom
	erange
)

var (
	largeDouble     = math.MaxFloat64 / 4
	sqrtLargeDouble = math.Sqrt(largeDouble)
	logLargeDouble  = libm.Log(largeDouble)
	sqrtDblMin      = math.Sqrt(2.2250738585072014e-308)
)

const (
	ln2       = 0.6931471805599453094
	ln10      = 2.302585092994045684
	scaleUp   = 53
	scaleDown = -27
	dblMin    = 2.2250738585072014e-308
)

// class is C99's special_type: the row or column of the special-value tables.
func class(d float64) int {
	switch {
	case math.IsNaN(d):
		return 6
	case math.IsInf(d, -1):
		return 0
	case math.IsInf(d, 1):
		return 5
	case d == 0:
		if math.Signbit(d) {
			return 2
		}
		return 3
	case d < 0:
		return 1
	}
	return 4
}

var tables = map[string][7][7]complex128{}

func init() {
	for name, text := range specialTables {
		var t [7][7]complex128
		for i, row := range strings.Split(text, " | ") {
			for j, cell := range strings.Fields(row) {
				re, im, _ := strings.Cut(cell, "/")
				t[i][j] = complex(tableValue(re), tableValue(im))
			}
		}
		tables[name] = t
	}
}

func tableValue(s string) float64 {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var v float64
	switch s {
	case "i":
		v = math.Inf(1)
	case "z":
		v = 0
	case "n":
		return math.NaN()
	case "u":
		return -9.5426319407711027e33
	case "1":
		v = 1
	case "p":
		v = math.Pi
	case "h":
		v = 0.5 * math.Pi
	case "q":
		v = 0.25 * math.Pi
	case "t":
		v = 0.75 * math.Pi
	}
	if neg {
		return -v
	}
	return v
}

// special returns the table's value when z has an infinite or NaN part.
func special(name string, z complex128) (complex128, bool) {
	if isFinite(real(z)) && isFinite(imag(z)) {
		return 0, false
	}
	return tables[name][class(real(z))][class(imag(z))], true
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// log1p keeps the sign of a zero, as CPython's m_log1p.
func log1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return libm.Log1p(x)
}

func neg(z complex128) complex128 { return complex(-real(z), -imag(z)) }

// rotated applies f to i*z and rotates the result back: f(z) = -i g(iz).
func rotated(g func(complex128) (complex128, errno), z complex128) (complex128, errno) {
	s, e := g(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func acos(z complex128) (complex128, errno) {
	if r, ok := special("acos", z); ok {
		return r, 0
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(libm.Atan2(math.Abs(y), x), -math.Copysign(libm.Log(libm.Hypot(x/2., y/2.))+ln2*2., y)), 0
	}
	s1, _ := sqrt(complex(1.-x, -y))
	s2, _ := sqrt(complex(1.+x, y))
	return complex(2.*libm.Atan2(real(s1), real(s2)), libm.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1))), 0
}

func acosh(z complex128) (complex128, errno) {
	if r, ok := special("acosh", z); ok {
		return r, 0
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(libm.Log(libm.Hypot(x/2., y/2.))+ln2*2., libm.Atan2(y, x)), 0
	}
	s1, _ := sqrt(complex(x-1., y))
	s2, _ := sqrt(complex(x+1., y))
	return complex(libm.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2.*libm.Atan2(imag(s1), real(s2))), 0
}

func asin(z complex128) (complex128, errno) { return rotated(asinh, z) }

func asinh(z complex128) (complex128, errno) {
	if r, ok := special("asinh", z); ok {
		return r, 0
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(libm.Log(libm.Hypot(x/2., y/2.))+ln2*2., x)
		} else {
			re = -math.Copysign(libm.Log(libm.Hypot(x/2., y/2.))+ln2*2., -x)
		}
		return complex(re, libm.Atan2(y, math.Abs(x))), 0
	}
	s1, _ := sqrt(complex(1.+y, -x))
	s2, _ := sqrt(complex(1.-y, x))
	return complex(libm.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)), libm.Atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))), 0
}

func atan(z complex128) (complex128, errno) { return rotated(atanh, z) }

func atanh(z complex128) (complex128, errno) {
	if r, ok := special("atanh", z); ok {
		return r, 0
	}
	if real(z) < 0 {
		r, e := atanh(neg(z))
		return neg(r), e
	}
	x, y := real(z), imag(z)
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := libm.Hypot(x/2., y/2.)
		return complex(x/4./h/h, math.Copysign(math.Pi/2., y)), 0
	case x == 1. && ay < sqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), edom
		}
		return complex(-libm.Log(math.Sqrt(ay)/math.Sqrt(libm.Hypot(ay, 2.))), math.Copysign(libm.Atan2(2., -ay)/2, y)), 0
	}
	return complex(log1p(4.*x/((1-x)*(1-x)+ay*ay))/4., -libm.Atan2(-2.*y, (1-x)*(1+x)-ay*ay)/2.), 0
}

func cos(z complex128) (complex128, errno) { return cosh(complex(-imag(z), real(z))) }

// infinite handles cosh, sinh and exp of +-inf + iy for finite nonzero y.
func infinite(z complex128) bool {
	return math.IsInf(real(z), 0) && isFinite(imag(z)) && imag(z) != 0
}

func cosh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if infinite(z) {
			re := math.Copysign(math.Inf(1), libm.Cos(y))
			im := math.Copysign(math.Inf(1), libm.Sin(y))
			if x < 0 {
				im = -im
			}
			r = complex(re, im)
		} else {
			r, _ = special("cosh", z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, 0
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1., x)
		r = complex(libm.Cos(y)*libm.Cosh(xm1)*math.E, libm.Sin(y)*libm.Sinh(xm1)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Cosh(x), libm.Sin(y)*libm.Sinh(x))
	}
	return r, overflow(r)
}

func overflow(r complex128) errno {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return erange
	}
	return 0
}

func exp(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if infinite(z) {
			if x > 0 {
				r = complex(math.Copysign(math.Inf(1), libm.Cos(y)), math.Copysign(math.Inf(1), libm.Sin(y)))
			} else {
				r = complex(math.Copysign(0., libm.Cos(y)), math.Copysign(0., libm.Sin(y)))
			}
		} else {
			r, _ = special("exp", z)
		}
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, edom
		}
		return r, 0
	}
	var r complex128
	if x > logLargeDouble {
		l := libm.Exp(x - 1.)
		r = complex(l*libm.Cos(y)*math.E, l*libm.Sin(y)*math.E)
	} else {
		l := libm.Exp(x)
		r = complex(l*libm.Cos(y), l*libm.Sin(y))
	}
	return r, overflow(r)
}

func clog(z complex128) (complex128, errno) {
	if r, ok := special("log", z); ok {
		return r, 0
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = libm.Log(libm.Hypot(ax/2., ay/2.)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			return complex(math.Inf(-1), libm.Atan2(imag(z), real(z))), edom
		}
		re = libm.Log(libm.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*ln2
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = log1p((am-1)*(am+1)+an*an) / 2.
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(imag(z), real(z))), 0
}

func log10(z complex128) (complex128, errno) {
	r, e := clog(z)
	return complex(real(r)/ln10, imag(r)/ln10), e
}

func sin(z complex128) (complex128, errno) { return rotated(sinh, z) }

func sinh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if infinite(z) {
			re := math.Copysign(math.Inf(1), libm.Cos(y))
			if x < 0 {
				re = -re
			}
			r = complex(re, math.Copysign(math.Inf(1), libm.Sin(y)))
		} else {
			r, _ = special("sinh", z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, edom
		}
		return r, 0
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1., x)
		r = complex(libm.Cos(y)*libm.Sinh(xm1)*math.E, libm.Sin(y)*libm.Cosh(xm1)*math.E)
	} else {
		r = complex(libm.Cos(y)*libm.Sinh(x), libm.Sin(y)*libm.Cosh(x))
	}
	return r, overflow(r)
}

func sqrt(z complex128) (complex128, errno) {
	if r, ok := special("sqrt", z); ok {
		return r, 0
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), 0
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8.
		s = 2. * math.Sqrt(ax+libm.Hypot(ax, ay/8.))
	}
	d := ay / (2. * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), 0
	}
	return complex(d, math.Copysign(s, y)), 0
}

func tan(z complex128) (complex128, errno) { return rotated(tanh, z) }

func tanh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		var r complex128
		if infinite(z) {
			re := 1.0
			if x < 0 {
				re = -1.0
			}
			r = complex(re, math.Copysign(0., 2.*libm.Sin(y)*libm.Cos(y)))
		} else {
			r, _ = special("tanh", z)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, edom
		}
		return r, 0
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1., x), 4.*libm.Sin(y)*libm.Cos(y)*libm.Exp(-2.*math.Abs(x))), 0
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1. / libm.Cosh(x)
	txty := tx * ty
	denom := 1. + txty*txty
	return complex(tx*(1.+ty*ty)/denom, ((ty/denom)*cx)*cx), 0
}

func mathError(e errno) error {
	if e == edom {
		return py.ExceptionNewf(py.ValueError, "math domain error")
	}
	return py.ExceptionNewf(py.OverflowError, "math range error")
}

// Complex converts o as CPython's Py_complex converter: a complex, __complex__, then a float.
func Complex(o py.Object) (complex128, error) {
	if c, ok := o.(py.Complex); ok {
		return complex128(c), nil
	}
	if res, found, err := argclinic.CallSpecial(o, "__complex__"); found {
		if err != nil {
			return 0, err
		}
		if c, ok := res.(py.Complex); ok {
			return complex128(c), nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", argclinic.TypeName(res))
	}
	f, err := argclinic.Float(o)
	return complex(f, 0), err
}

func func1(name string, f func(complex128) (complex128, errno), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One("cmath."+name, args, kwargs)
		if err != nil {
			return nil, err
		}
		z, err := Complex(a)
		if err != nil {
			return nil, err
		}
		r, e := f(z)
		if e != ok {
			return nil, mathError(e)
		}
		return py.Complex(r), nil
	}, 0, name+"($module, z, /)\n--\n\n"+doc)
}
