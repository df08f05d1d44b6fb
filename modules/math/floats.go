package pymath

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libm"
)

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool {
	return y == math.Trunc(y) && math.Abs(y) < 1<<53 && math.Mod(math.Abs(y), 2) == 1
}

// powFinite is C99's pow for finite x and y: NaN for a negative x and non-integer y,
// +-Inf for zero to a negative power.
func powFinite(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case x == 0:
		if y < 0 {
			if isOddInteger(y) {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if isOddInteger(y) {
			return x
		}
		return 0
	case x < 0:
		if y != math.Trunc(y) {
			return math.NaN()
		}
		r := libm.Pow(-x, y)
		if isOddInteger(y) {
			return -r
		}
		return r
	}
	return libm.Pow(x, y)
}

// Pow is math.pow's value of x**y with CPython's special cases; err is its exception.
func Pow(x, y float64) (float64, error) {
	if !isFinite(x) || !isFinite(y) {
		switch {
		case math.IsNaN(x):
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case math.IsNaN(y):
			if x == 1 {
				return 1, nil
			}
			return y, nil
		case math.IsInf(x, 0):
			odd := isFinite(y) && math.Mod(math.Abs(y), 2) == 1
			switch {
			case y > 0:
				if odd {
					return x, nil
				}
				return math.Abs(x), nil
			case y == 0:
				return 1, nil
			}
			if odd {
				return math.Copysign(0, x), nil
			}
			return 0, nil
		}
		// y is infinite
		switch ax := math.Abs(x); {
		case ax == 1:
			return 1, nil
		case y > 0 && ax > 1:
			return y, nil
		case y < 0 && ax < 1:
			return -y, nil
		}
		return 0, nil
	}
	r := powFinite(x, y)
	switch {
	case math.IsNaN(r):
		return 0, errDomain()
	case math.IsInf(r, 0):
		if x == 0 {
			return 0, errDomain()
		}
		return 0, errRange()
	}
	return r, nil
}

// frexpBig splits a positive int into a float in [0.5, 1) rounded to 53 bits (ties to
// even) and a power of two, as CPython's _PyLong_Frexp.
func frexpBig(b *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetInt(b)
	m := new(big.Float)
	e := f.MantExp(m)
	mf, _ := m.Float64()
	return mf, e
}

// logHelper is CPython's loghelper: ints of any size through their mantissa and
// exponent, other numbers through a float.
func logHelper(x py.Object, f func(float64) float64) (py.Object, error) {
	if b, ok := intValue(x); ok {
		if b.Sign() <= 0 {
			return nil, errDomain()
		}
		v, err := argclinic.BigToFloat(b)
		if err != nil {
			m, e := frexpBig(b)
			return py.Float(f(m) + f(2.0)*float64(e)), nil
		}
		return py.Float(f(v)), nil
	}
	v, err := argclinic.Float(x)
	if err != nil {
		return nil, err
	}
	return check(v, logOf(v, f), false)
}

// logOf is f(v) with C's special values for the logarithms (f sees only positive v).
func logOf(v float64, f func(float64) float64) float64 {
	switch {
	case math.IsNaN(v):
		return v
	case v == 0:
		return math.Inf(-1)
	case v < 0:
		return math.NaN()
	}
	return f(v)
}

// intValue returns the value of an int (bools and int subclasses included).
func intValue(x py.Object) (*big.Int, bool) {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return (*big.Int)(v), true
	}
	return nil, false
}

// intOfFloat is PyLong_FromDouble: the int value of an integral float.
func intOfFloat(f float64) (py.Object, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	case math.Abs(f) < 1<<62:
		return py.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return argclinic.IntOf(b), nil
}

// rounder makes floor and ceil: the type's __floor__/__ceil__, else through a float.
func rounder(name, special string, f func(float64) float64, doc string) *py.Method {
	qual := "math." + name
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One(qual, args, kwargs)
		if err != nil {
			return nil, err
		}
		switch v := a.(type) {
		case py.Float:
			return intOfFloat(f(float64(v)))
		case py.Int, *py.BigInt:
			return a, nil
		case py.Bool:
			return argclinic.Index(v)
		}
		if res, found, err := argclinic.CallSpecial(a, special); found {
			return res, err
		}
		x, err := argclinic.Float(a)
		if err != nil {
			return nil, err
		}
		return intOfFloat(f(x))
	}, 0, name+"($module, x, /)\n--\n\n"+doc)
}

func trunc(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.One("math.trunc", args, kwargs)
	if err != nil {
		return nil, err
	}
	switch v := a.(type) {
	case py.Float:
		return intOfFloat(math.Trunc(float64(v)))
	case py.Int, *py.BigInt:
		return a, nil
	case py.Bool:
		return argclinic.Index(v)
	}
	if res, found, err := argclinic.CallSpecial(a, "__trunc__"); found {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __trunc__ method", argclinic.TypeName(a))
}

func mathLog(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.NoKeywords("math.log", kwargs); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(args[0], libm.Log)
	if err != nil || len(args) == 1 {
		return num, err
	}
	den, err := logHelper(args[1], libm.Log)
	if err != nil {
		return nil, err
	}
	if den.(py.Float) == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return num.(py.Float) / den.(py.Float), nil
}

func logFunc(name string, f func(float64) float64, doc string) *py.Method {
	qual := "math." + name
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One(qual, args, kwargs)
		if err != nil {
			return nil, err
		}
		return logHelper(a, f)
	}, 0, name+"($module, x, /)\n--\n\n"+doc)
}

func frexp(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, err := oneFloat("math.frexp", args, kwargs)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return py.Tuple{py.Float(m), py.Int(e)}, nil
}

func modf(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, err := oneFloat("math.modf", args, kwargs)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsInf(x, 0):
		return py.Tuple{py.Float(math.Copysign(0, x)), py.Float(x)}, nil
	case math.IsNaN(x):
		return py.Tuple{py.Float(x), py.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return py.Tuple{py.Float(f), py.Float(i)}, nil
}

func ldexp(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("ldexp", "math.ldexp", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	x, err := argclinic.Float(args[0])
	if err != nil {
		return nil, err
	}
	b, ok := intValue(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	switch {
	case x == 0 || !isFinite(x):
		return py.Float(x), nil
	case b.Cmp(big.NewInt(1<<31-1)) > 0:
		return nil, errRange()
	case b.Cmp(big.NewInt(-1<<31)) < 0:
		return py.Float(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(b.Int64()))
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return py.Float(r), nil
}

func mathPow(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, y, err := floats2("pow", args, kwargs)
	if err != nil {
		return nil, err
	}
	r, err := Pow(x, y)
	if err != nil {
		return nil, err
	}
	return py.Float(r), nil
}

func isclose(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("isclose", args, kwargs, []string{"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2)
	if err != nil {
		return nil, err
	}
	var v [4]float64
	v[2] = 1e-09
	for i, o := range a {
		if o == nil {
			continue
		}
		if v[i], err = argclinic.Float(o); err != nil {
			return nil, err
		}
	}
	x, y, rel, abs := v[0], v[1], v[2], v[3]
	if rel < 0 || abs < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.False, nil
	}
	diff := math.Abs(y - x)
	return py.NewBool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
}

func nextafter(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, y, err := floats2("nextafter", args, kwargs)
	if err != nil {
		return nil, err
	}
	if x == y {
		return py.Float(y), nil // C's nextafter returns y: nextafter(0.0, -0.0) is -0.0
	}
	return py.Float(math.Nextafter(x, y)), nil
}

func ulp(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	x, err := oneFloat("math.ulp", args, kwargs)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) {
		return py.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return py.Float(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		return py.Float(x - math.Nextafter(x, math.Inf(-1))), nil
	}
	return py.Float(x2 - x), nil
}

func floatMethods() []*py.Method {
	return []*py.Method{
		rounder("floor", "__floor__", math.Floor, "Return the floor of x as an Integral: the largest integer <= x."),
		rounder("ceil", "__ceil__", math.Ceil, "Return the ceiling of x as an Integral: the smallest integer >= x."),
		py.MustNewMethod("trunc", trunc, 0, "trunc($module, x, /)\n--\n\nTruncate the Real x to the nearest Integral toward 0 (through __trunc__)."),
		py.MustNewMethod("log", mathLog, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base (e by default)."),
		logFunc("log2", libm.Log2, "Return the base 2 logarithm of x."),
		logFunc("log10", libm.Log10, "Return the base 10 logarithm of x."),
		py.MustNewMethod("frexp", frexp, 0, "frexp($module, x, /)\n--\n\nReturn (m, e) with x = m * 2.**e and 0.5 <= abs(m) < 1.0 (both 0 for x == 0)."),
		py.MustNewMethod("modf", modf, 0, "modf($module, x, /)\n--\n\nReturn the fractional and integer parts of x, both floats with the sign of x."),
		py.MustNewMethod("ldexp", ldexp, 0, "ldexp($module, x, i, /)\n--\n\nReturn x * (2**i), the inverse of frexp()."),
		py.MustNewMethod("pow", mathPow, 0, "pow($module, x, y, /)\n--\n\nReturn x**y as floats."),
		py.MustNewMethod("isclose", isclose, 0, "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nReturn True if a and b are within rel_tol of their magnitudes or within abs_tol of each other."),
		py.MustNewMethod("nextafter", nextafter, 0, "nextafter($module, x, y, /)\n--\n\nReturn the next float after x in the direction of y."),
		py.MustNewMethod("ulp", ulp, 0, "ulp($module, x, /)\n--\n\nReturn the value of the least significant bit of the float x."),
		py.MustNewMethod("fsum", fsum, 0, "fsum($module, seq, /)\n--\n\nReturn an accurate floating point sum of the values in the iterable seq."),
		py.MustNewMethod("hypot", hypot, 0, "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point."),
		py.MustNewMethod("dist", dist, 0, "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between the points p and q (iterables of coordinates)."),
	}
}
