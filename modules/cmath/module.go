package cmath

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libm"
)

// quot is CPython's _Py_c_quot, with EDOM for a zero divisor.
func quot(a, b complex128) (complex128, errno) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, edom
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), 0
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), 0
	}
	return complex(math.NaN(), math.NaN()), 0
}

func cmathLog(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("log", "cmath.log", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	z, err := Complex(args[0])
	if err != nil {
		return nil, err
	}
	r, e := clog(z)
	if len(args) == 2 {
		b, err := Complex(args[1])
		if err != nil {
			return nil, err
		}
		lb, e2 := clog(b)
		if e2 != 0 {
			e = e2
		}
		var e3 errno
		r, e3 = quot(r, lb)
		if e3 != 0 {
			e = e3
		}
	}
	if e != ok {
		return nil, mathError(e)
	}
	return py.Complex(r), nil
}

// abs is CPython's _Py_c_abs: hypot, with ERANGE for an overflow from finite parts.
func abs(z complex128) (float64, errno) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return math.Inf(1), 0
		}
		return math.NaN(), 0
	}
	r := libm.Hypot(x, y)
	if math.IsInf(r, 0) {
		return r, erange
	}
	return r, 0
}

func oneComplex(name string, args py.Tuple, kwargs py.StringDict) (complex128, error) {
	a, err := argclinic.One("cmath."+name, args, kwargs)
	if err != nil {
		return 0, err
	}
	return Complex(a)
}

func phase(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z, err := oneComplex("phase", args, kwargs)
	if err != nil {
		return nil, err
	}
	return py.Float(libm.Atan2(imag(z), real(z))), nil
}

func polar(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z, err := oneComplex("polar", args, kwargs)
	if err != nil {
		return nil, err
	}
	phi := libm.Atan2(imag(z), real(z))
	r, e := abs(z)
	if e != ok {
		return nil, mathError(e)
	}
	return py.Tuple{py.Float(r), py.Float(phi)}, nil
}

func rect(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("rect", "cmath.rect", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	r, err := argclinic.Float(args[0])
	if err != nil {
		return nil, err
	}
	phi, err := argclinic.Float(args[1])
	if err != nil {
		return nil, err
	}
	var z complex128
	switch {
	case !isFinite(r) || !isFinite(phi):
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			re := math.Copysign(math.Inf(1), libm.Cos(phi))
			im := math.Copysign(math.Inf(1), libm.Sin(phi))
			if r < 0 {
				re, im = -re, -im
			}
			z = complex(re, im)
		} else {
			z = tables["rect"][class(r)][class(phi)]
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return nil, mathError(edom)
		}
	case phi == 0:
		z = complex(r, r*phi)
	default:
		z = complex(r*libm.Cos(phi), r*libm.Sin(phi))
	}
	return py.Complex(z), nil
}

func predicate(name string, f func(x, y float64) bool, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		z, err := oneComplex(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(f(real(z), imag(z))), nil
	}, 0, name+"($module, z, /)\n--\n\n"+doc)
}

func isclose(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("isclose", args, kwargs, []string{"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2)
	if err != nil {
		return nil, err
	}
	x, err := Complex(a[0])
	if err != nil {
		return nil, err
	}
	y, err := Complex(a[1])
	if err != nil {
		return nil, err
	}
	tol := [2]float64{1e-09, 0}
	for i, o := range a[2:] {
		if o != nil {
			if tol[i], err = argclinic.Float(o); err != nil {
				return nil, err
			}
		}
	}
	rel, absTol := tol[0], tol[1]
	if rel < 0 || absTol < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return py.False, nil
	}
	diff, _ := abs(x - y)
	ax, _ := abs(x)
	ay, _ := abs(y)
	return py.NewBool(diff <= rel*ay || diff <= rel*ax || diff <= absTol), nil
}

func init() {
	methods := []*py.Method{
		func1("acos", acos, "Return the arc cosine of z."),
		func1("acosh", acosh, "Return the inverse hyperbolic cosine of z."),
		func1("asin", asin, "Return the arc sine of z."),
		func1("asinh", asinh, "Return the inverse hyperbolic sine of z."),
		func1("atan", atan, "Return the arc tangent of z."),
		func1("atanh", atanh, "Return the inverse hyperbolic tangent of z."),
		func1("cos", cos, "Return the cosine of z."),
		func1("cosh", cosh, "Return the hyperbolic cosine of z."),
		func1("exp", exp, "Return the exponential value e**z."),
		func1("log10", log10, "Return the base-10 logarithm of z."),
		func1("sin", sin, "Return the sine of z."),
		func1("sinh", sinh, "Return the hyperbolic sine of z."),
		func1("sqrt", sqrt, "Return the square root of z."),
		func1("tan", tan, "Return the tangent of z."),
		func1("tanh", tanh, "Return the hyperbolic tangent of z."),
		py.MustNewMethod("log", cmathLog, 0, "log($module, z, base=<unrepresentable>, /)\n--\n\nlog(z[, base]): the logarithm of z to the given base (e by default)."),
		py.MustNewMethod("phase", phase, 0, "phase($module, z, /)\n--\n\nReturn the argument (phase angle) of z."),
		py.MustNewMethod("polar", polar, 0, "polar($module, z, /)\n--\n\nReturn (r, phi): the modulus and the phase of z."),
		py.MustNewMethod("rect", rect, 0, "rect($module, r, phi, /)\n--\n\nReturn the complex number with modulus r and phase phi."),
		py.MustNewMethod("isclose", isclose, 0, "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nReturn True if a and b are close, relatively (rel_tol) or absolutely (abs_tol)."),
		predicate("isfinite", func(x, y float64) bool { return isFinite(x) && isFinite(y) }, "Return True if both parts of z are finite."),
		predicate("isinf", func(x, y float64) bool { return math.IsInf(x, 0) || math.IsInf(y, 0) }, "Return True if either part of z is infinite."),
		predicate("isnan", func(x, y float64) bool { return math.IsNaN(x) || math.IsNaN(y) }, "Return True if either part of z is a NaN."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "cmath", Doc: "Mathematical functions for complex numbers."},
		Methods: methods,
		Globals: py.StringDict{
			"pi":   py.Float(math.Pi),
			"e":    py.Float(math.E),
			"tau":  py.Float(2 * math.Pi),
			"inf":  py.Float(math.Inf(1)),
			"infj": py.Complex(complex(0, math.Inf(1))),
			"nan":  py.Float(math.NaN()),
			"nanj": py.Complex(complex(0, math.NaN())),
		},
	})
}
