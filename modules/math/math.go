// Package pymath is Python's math module, in Go, replacing gpython's.
//
// The elementary functions come from internal/libm, which reproduces the C library python3
// is linked with (see its package doc), so results are CPython's to the bit in all but rare
// cases. CPython's own algorithms are followed where CPython does not call the C library:
// gamma and lgamma (Lanczos' approximation, gamma.go), fsum (exact partial sums), hypot and
// dist (scaled, compensated sum of squares, norm.go), and the logarithms of ints too large
// for a float. Errors follow CPython's rules: a NaN from a non-NaN argument is
// ValueError("math domain error"), an infinity from finite arguments OverflowError("math
// range error") where the function can overflow and ValueError where it has a pole.
package pymath

import (
	"math"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's math first, replaced here

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libm"
)

var (
	errDomain = func() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
	errRange  = func() error { return py.ExceptionNewf(py.OverflowError, "math range error") }
)

// check applies math_1's rules to r = f(x).
func check(x, r float64, canOverflow bool) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, errDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, errRange()
		}
		return nil, errDomain()
	}
	return py.Float(r), nil
}

// oneFloat unpacks the float argument of a one-argument function.
func oneFloat(qual string, args py.Tuple, kwargs py.StringDict) (float64, error) {
	a, err := argclinic.One(qual, args, kwargs)
	if err != nil {
		return 0, err
	}
	return argclinic.Float(a)
}

// func1 makes a one-argument function of a float (CPython's math_1).
func func1(name string, f func(float64) float64, canOverflow bool, doc string) *py.Method {
	qual := "math." + name
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		x, err := oneFloat(qual, args, kwargs)
		if err != nil {
			return nil, err
		}
		return check(x, f(x), canOverflow)
	}, 0, name+"($module, x, /)\n--\n\n"+doc)
}

// errnoFunc is a function that reports its errors as C's errno does (math_1a).
type errnoFunc func(float64) (float64, error)

func func1a(name string, f errnoFunc, doc string) *py.Method {
	qual := "math." + name
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		x, err := oneFloat(qual, args, kwargs)
		if err != nil {
			return nil, err
		}
		r, err := f(x)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, name+"($module, x, /)\n--\n\n"+doc)
}

// floats2 unpacks the two float arguments of a positional-only function.
func floats2(name string, args py.Tuple, kwargs py.StringDict) (float64, float64, error) {
	if err := argclinic.Exact(name, "math."+name, args, kwargs, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := argclinic.Float(args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := argclinic.Float(args[1])
	return x, y, err
}

// func2 makes a two-argument function of floats (CPython's math_2).
func func2(name string, f func(x, y float64) float64, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		x, y, err := floats2(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		switch {
		case math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y):
			return nil, errDomain()
		case math.IsInf(r, 0) && isFinite(x) && isFinite(y):
			return nil, errRange()
		}
		return py.Float(r), nil
	}, 0, name+"($module, x, y, /)\n--\n\n"+doc)
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// boolFunc makes a predicate of a float.
func boolFunc(name string, f func(float64) bool, doc string) *py.Method {
	qual := "math." + name
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		x, err := oneFloat(qual, args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(f(x)), nil
	}, 0, name+"($module, x, /)\n--\n\n"+doc)
}

// fmod is C's fmod, with x returned for an infinite y.
func fmod(x, y float64) float64 {
	if math.IsInf(y, 0) && isFinite(x) {
		return x
	}
	return math.Mod(x, y)
}

func sqrt(x float64) float64 {
	if x < 0 {
		return math.NaN()
	}
	return math.Sqrt(x)
}

const (
	radToDeg = 180.0 / math.Pi
	degToRad = math.Pi / 180.0
)

func init() {
	methods := []*py.Method{
		func1("acos", libm.Acos, false, "Return the arc cosine (measured in radians) of x."),
		func1("acosh", libm.Acosh, false, "Return the inverse hyperbolic cosine of x."),
		func1("asin", libm.Asin, false, "Return the arc sine (measured in radians) of x."),
		func1("asinh", libm.Asinh, false, "Return the inverse hyperbolic sine of x."),
		func1("atan", libm.Atan, false, "Return the arc tangent (measured in radians) of x."),
		func1("atanh", libm.Atanh, false, "Return the inverse hyperbolic tangent of x."),
		func1("cbrt", libm.Cbrt, false, "Return the cube root of x."),
		func1("cos", libm.Cos, false, "Return the cosine of x (measured in radians)."),
		func1("cosh", libm.Cosh, true, "Return the hyperbolic cosine of x."),
		func1("exp", libm.Exp, true, "Return e raised to the power of x."),
		func1("exp2", libm.Exp2, true, "Return 2 raised to the power of x."),
		func1("expm1", libm.Expm1, true, "Return exp(x)-1, accurate for small x."),
		func1("fabs", math.Abs, false, "Return the absolute value of the float x."),
		func1("log1p", libm.Log1p, false, "Return the natural logarithm of 1+x, accurate for small x."),
		func1("sin", libm.Sin, false, "Return the sine of x (measured in radians)."),
		func1("sinh", libm.Sinh, true, "Return the hyperbolic sine of x."),
		func1("sqrt", sqrt, false, "Return the square root of x."),
		func1("tan", libm.Tan, false, "Return the tangent of x (measured in radians)."),
		func1("tanh", libm.Tanh, false, "Return the hyperbolic tangent of x."),
		func1("degrees", func(x float64) float64 { return x * radToDeg }, false, "Convert angle x from radians to degrees."),
		func1("radians", func(x float64) float64 { return x * degToRad }, false, "Convert angle x from degrees to radians."),
		func1a("erf", func(x float64) (float64, error) { return libm.Erf(x), nil }, "Error function at x."),
		func1a("erfc", func(x float64) (float64, error) { return libm.Erfc(x), nil }, "Complementary error function at x."),
		func1a("gamma", tgamma, "Gamma function at x."),
		func1a("lgamma", lgamma, "Natural logarithm of the absolute value of the Gamma function at x."),
		func2("atan2", libm.Atan2, "Return the arc tangent (measured in radians) of y/x, in the quadrant of (x, y)."),
		func2("copysign", math.Copysign, "Return a float with the magnitude of x and the sign of y."),
		func2("remainder", math.Remainder, "Return x - n*y for the integer n nearest x/y (ties to even); always exact."),
		func2("fmod", fmod, "Return fmod(x, y), as the C library computes it (x % y may differ)."),
		boolFunc("isfinite", isFinite, "Return True if x is neither an infinity nor a NaN."),
		boolFunc("isinf", func(x float64) bool { return math.IsInf(x, 0) }, "Return True if x is a positive or negative infinity."),
		boolFunc("isnan", math.IsNaN, "Return True if x is a NaN (not a number)."),
	}
	methods = append(methods, floatMethods()...)
	methods = append(methods, intMethods()...)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "math", Doc: "Mathematical functions of the C standard, and a few of Python's own."},
		Methods: methods,
		Globals: py.StringDict{
			"pi":  py.Float(math.Pi),
			"e":   py.Float(math.E),
			"tau": py.Float(2 * math.Pi),
			"inf": py.Float(math.Inf(1)),
			"nan": py.Float(math.NaN()),
		},
	})
}
