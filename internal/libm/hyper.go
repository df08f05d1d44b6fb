package libm

import "math"

// Sinh is the hyperbolic sine by glibc's (fdlibm's) formulas over Expm1 and Exp.
func Sinh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := math.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2.0*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	}
	if ix < 0x40862e42 {
		return h * Exp(ax)
	}
	if ax <= 0x1.633ce8fb9f87dp+9 { // the overflow threshold
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 1.0e307
}

// Cosh is the hyperbolic cosine by glibc's formulas.
func Cosh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	ax := math.Abs(x)
	if ix < 0x40360000 { // |x| < 22
		if ix < 0x3fd62e43 { // |x| < ln2/2
			t := Expm1(ax)
			w := 1 + t
			if ix < 0x3c800000 {
				return w
			}
			return 1 + (t*t)/(w+w)
		}
		t := Exp(ax)
		return 0.5*t + 0.5/t
	}
	if ix < 0x40862e42 {
		return 0.5 * Exp(ax)
	}
	if ax <= 0x1.633ce8fb9f87dp+9 {
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	if math.IsNaN(x) {
		return x
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent by glibc's formulas over Expm1.
func Tanh(x float64) float64 {
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	var z float64
	switch {
	case x == 0:
		return x
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix >= 0x40360000: // |x| >= 22
		z = 1
	case ix >= 0x3ff00000: // |x| >= 1
		t := Expm1(2 * math.Abs(x))
		z = 1 - 2/(t+2)
	default:
		t := Expm1(-2 * math.Abs(x))
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh is the inverse hyperbolic sine by glibc's formulas over Log and Log1p.
func Asinh(x float64) float64 {
	const ln2d = 6.93147180559945286227e-01
	ix := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	if ix < 0x3e300000 { // |x| < 2**-28
		return x
	}
	var w float64
	xa := math.Abs(x)
	switch {
	case ix > 0x41b00000: // |x| > 2**28
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = Log(xa) + ln2d
	case ix > 0x40000000: // 2 < |x| <= 2**28
		w = Log(2.0*xa + 1/(math.Sqrt(xa*xa+1)+xa))
	default:
		t := xa * xa
		w = Log1p(xa + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is the inverse hyperbolic cosine by glibc's formulas.
func Acosh(x float64) float64 {
	const ln2d = 6.93147180559945286227e-01
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x + x
	case x < 1:
		return math.NaN()
	case x >= 0x1p28:
		return Log(x) + ln2d
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return Log(2.0*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return Log1p(t + math.Sqrt(2.0*t+t*t))
}

// Atanh is the inverse hyperbolic tangent by glibc's formulas over Log1p.
func Atanh(x float64) float64 {
	xa := math.Abs(x)
	var t float64
	switch {
	case math.IsNaN(x):
		return x
	case xa < 0.5:
		if xa < 0x1p-28 {
			return x
		}
		t = xa + xa
		t = 0.5 * Log1p(t+t*xa/(1-xa))
	case xa < 1:
		t = 0.5 * Log1p((xa+xa)/(1-xa))
	case xa > 1:
		return math.NaN()
	default:
		return math.Copysign(math.Inf(1), x)
	}
	return math.Copysign(t, x)
}
