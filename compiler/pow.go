package compiler

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Powers and complex arithmetic as CPython computes them. gpython raises floats to powers
// with Go's math.Pow (often an ulp away from the C library's pow, and nan for a negative
// base with a fractional exponent, where CPython gives a complex) and complex numbers with
// Go's cmplx.Pow, divides a complex number by zero into nan+infj, and lets complex numbers
// take // and %, which CPython 3.11 refuses.

// toFloat is an int, bool or float as a float64 (ok false for ints beyond the float range).
func toFloat(x py.Object) (float64, bool) {
	switch v := x.(type) {
	case py.Float:
		return float64(v), true
	case py.Int:
		return float64(v), true
	case *py.BigInt:
		f, err := v.Float()
		if err != nil {
			return 0, false
		}
		return float64(f), true
	}
	return 0, false
}

// oddInteger reports whether y is an odd integer.
func oddInteger(y float64) bool {
	return math.Abs(y) < 1<<53 && y == math.Trunc(y) && math.Mod(math.Abs(y), 2) == 1
}

// floatPow is CPython's float_pow for iv ** iw (no modulus).
func floatPow(iv, iw float64) (py.Object, error) {
	switch {
	case iw == 0:
		return py.Float(1), nil
	case math.IsNaN(iv):
		return py.Float(iv), nil
	case math.IsNaN(iw):
		if iv == 1 {
			return py.Float(1), nil
		}
		return py.Float(iw), nil
	case math.IsInf(iw, 0):
		iv = math.Abs(iv)
		switch {
		case iv == 1:
			return py.Float(1), nil
		case (iw > 0) == (iv > 1):
			return py.Float(math.Abs(iw)), nil
		}
		return py.Float(0), nil
	case math.IsInf(iv, 0):
		odd := oddInteger(iw)
		if iw > 0 {
			if odd {
				return py.Float(iv), nil
			}
			return py.Float(math.Abs(iv)), nil
		}
		if odd {
			return py.Float(math.Copysign(0, iv)), nil
		}
		return py.Float(0), nil
	case iv == 0:
		if iw < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if oddInteger(iw) {
			return py.Float(iv), nil
		}
		return py.Float(0), nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv, negate = -iv, oddInteger(iw)
	}
	if iv == 1 {
		if negate {
			return py.Float(-1), nil
		}
		return py.Float(1), nil
	}
	r := libm.Pow(iv, iw)
	if math.IsInf(r, 0) {
		// CPython raises from errno ERANGE: OverflowError(34, 'Numerical result out of range').
		e, err := py.Call(py.OverflowError, py.Tuple{py.Int(34), py.String("Numerical result out of range")}, nil)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionInfo{Type: py.OverflowError, Value: e}
	}
	if negate {
		r = -r
	}
	return py.Float(r), nil
}

// complexQuot is CPython's _Py_c_quot; ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// complexProd is CPython's _Py_c_prod (no fused multiply-adds).
func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexPowInt is CPython's c_powi: repeated squaring, the reciprocal for n < 0.
func complexPowInt(x complex128, n int) complex128 {
	neg := n < 0
	if neg {
		n = -n
	}
	r, p := complex(1, 0), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	if neg {
		r, _ = complexQuot(1, r)
	}
	return r
}

// complexPow is CPython's complex_pow for a ** b.
func complexPow(a, b complex128) (py.Object, error) {
	var r complex128
	br, bi := real(b), imag(b)
	switch {
	case bi == 0 && br == math.Floor(br) && math.Abs(br) <= 100:
		if a == 0 && br < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		r = complexPowInt(a, int(br))
	case b == 0:
		r = 1
	case a == 0:
		if bi != 0 || br < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		r = 0
	default:
		vabs := libm.Hypot(real(a), imag(a))
		l := libm.Pow(vabs, br)
		at := libm.Atan2(imag(a), real(a))
		phase := at * br
		if bi != 0 {
			l /= libm.Exp(at * bi)
			phase += bi * libm.Log(vabs)
		}
		r = complex(l*libm.Cos(phase), l*libm.Sin(phase))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

// toComplex is a number as a complex (ok false for other objects and huge ints).
func toComplex(x py.Object) (complex128, bool) {
	if c, ok := x.(py.Complex); ok {
		return complex128(c), true
	}
	if n, ok := numberOf(x); ok {
		f, ok := toFloat(n)
		return complex(f, 0), ok
	}
	return 0, false
}

// complexBinary computes a <op> b when one side is a complex and the other a number;
// ok is false otherwise.
func complexBinary(op ast.Operator, a, b py.Object) (res py.Object, ok bool, err error) {
	_, ac := a.(py.Complex)
	_, bc := b.(py.Complex)
	if !ac && !bc {
		return nil, false, nil
	}
	x, xok := toComplex(a)
	y, yok := toComplex(b)
	if !xok || !yok {
		return nil, false, nil
	}
	switch op {
	case ast.Div:
		q, ok := complexQuot(x, y)
		if !ok {
			return nil, true, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
		return py.Complex(q), true, nil
	case ast.Pow:
		res, err := complexPow(x, y)
		return res, true, err
	case ast.FloorDiv, ast.Mod:
		sym := "//"
		if op == ast.Mod {
			sym = "%"
		}
		return nil, true, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
	}
	return nil, false, nil
}

// powNumbers computes x ** y for ints and floats (bools already made ints) where the
// result is a float or complex: a float operand or a negative int exponent. ok is false
// for an int to a non-negative int power.
func powNumbers(x, y py.Object) (res py.Object, ok bool, err error) {
	_, xf := x.(py.Float)
	_, yf := y.(py.Float)
	if !xf && !yf && sign(y) >= 0 {
		return nil, false, nil
	}
	iv, ok1 := toFloat(x)
	iw, ok2 := toFloat(y)
	if !ok1 || !ok2 {
		return nil, true, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
	}
	res, err = floatPow(iv, iw)
	return res, true, err
}
