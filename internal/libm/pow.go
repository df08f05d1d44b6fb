package libm

import "math"

// Pow is x**y for finite x > 0 and finite y (the callers handle the rest as C99 and CPython
// do), computed as e**(y log x) in double-double arithmetic and rounded once.
func Pow(x, y float64) float64 {
	if x == 1 || y == 0 {
		return 1
	}
	if y == 1 {
		return x
	}
	return expOf(logOf(x).mulF(y))
}

// Cbrt is the cube root by glibc's algorithm: a polynomial estimate refined by one step
// of Halley's iteration, then scaled by 2**(e/3) and the cube root of 2**(e%3).
func Cbrt(x float64) float64 {
	const (
		cbrt2    float64 = 1.2599210498948731648
		sqrCbrt2 float64 = 1.5874010519681994748
	)
	factor := [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262-0.145263899385486377*xm)*xm) * xm)) * xm)) * xm)) * xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * factor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

// Hypot is sqrt(x*x + y*y) without undue overflow or underflow, correctly rounded (the C
// library's hypot, which complex abs() and ** use).
func Hypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	_, e := math.Frexp(x)
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	s := twoProd(xs, xs).add(twoProd(ys, ys)).sqrt()
	return scaleRound(s, e)
}
