package libm

import "math"

// sin and cos are computed on r = x - k pi/2 (|r| <= pi/4, pi/2 in three parts) as
// sin(a + t) and cos(a + t), where a = j/32 is the nearest table point and |t| <= 1/64,
// by short Taylor series in double-double arithmetic.
var (
	sinTable, cosTable [27]dd
	sinCoef, cosCoef   [8]dd // (-1)**i / (2i+1)! and (-1)**i / (2i)!
)

func init() {
	for i := range sinCoef {
		sinCoef[i] = invFact[2*i+1]
		cosCoef[i] = invFact[2*i]
		if i%2 == 1 {
			sinCoef[i], cosCoef[i] = sinCoef[i].neg(), cosCoef[i].neg()
		}
	}
	for j := range sinTable {
		a := ddOf(float64(j) / 32)
		a2 := a.mul(a)
		s, c := ddOf(0), ddOf(0)
		for i := 13; i >= 0; i-- { // 14 terms: |a| < 0.82
			sc, cc := invFact[2*i+1], invFact[2*i]
			if i%2 == 1 {
				sc, cc = sc.neg(), cc.neg()
			}
			s = s.mul(a2).add(sc)
			c = c.mul(a2).add(cc)
		}
		sinTable[j], cosTable[j] = s.mul(a), c
	}
}

// sinCosReduced returns sin(r) and cos(r) for |r| <= pi/4 + a little.
func sinCosReduced(r dd) (dd, dd) {
	j := int(math.Round(math.Abs(r.hi) * 32))
	a := float64(j) / 32
	if r.hi < 0 {
		a = -a
	}
	t := r.addF(-a)
	t2 := t.mul(t)
	st := poly(sinCoef[:7], t2).mul(t)
	ct := poly(cosCoef[:], t2)
	if j == 0 {
		return st, ct
	}
	sa, ca := sinTable[j], cosTable[j]
	if r.hi < 0 {
		sa = sa.neg()
	}
	return sa.mul(ct).add(ca.mul(st)), ca.mul(ct).sub(sa.mul(st))
}

// reduce returns x - k pi/2 and k mod 4, for |x| < 2**30.
func reduce(x dd) (dd, int) {
	k := math.Round(x.hi / pio2.hi)
	r := x.sub(twoProd(k, pio2.hi)).sub(twoProd(k, pio2.lo)).addF(-k * pio2c)
	return r, int(int64(k) & 3)
}

// sinCosDD returns sin(x) and cos(x) as double-doubles.
func sinCosDD(x dd) (dd, dd) {
	var r dd
	var q int
	if math.Abs(x.hi) < bigArg {
		r, q = reduce(x)
	} else {
		r, q = reduceBig(x.hi)
	}
	s, c := sinCosReduced(r)
	switch q {
	case 1:
		return c, s.neg()
	case 2:
		return s.neg(), c.neg()
	case 3:
		return c.neg(), s
	}
	return s, c
}

// bigArg is where the three-part reduction stops being accurate; beyond it reduceBig
// reduces exactly.
const bigArg = 0x1p30

// Sin is the sine of x.
func Sin(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-26:
		return x
	}
	s, _ := sinCosDD(ddOf(x))
	return s.round()
}

// Cos is the cosine of x.
func Cos(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return 1
	}
	_, c := sinCosDD(ddOf(x))
	return c.round()
}

// Tan is the tangent of x.
func Tan(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return x
	}
	s, c := sinCosDD(ddOf(x))
	return s.div(c).round()
}

// angle returns the angle of the vector (x, y) in (-pi, pi], as a double-double, for
// finite x and y of moderate size, not both zero: one Newton step on
// g(t) = x sin t - y cos t from Go's estimate, whose derivative x cos t + y sin t is the
// vector's length near the root.
func angle(y, x dd) dd {
	t := math.Atan2(y.hi, x.hi)
	s, c := sinCosDD(ddOf(t))
	g := x.mul(s).sub(y.mul(c))
	d := x.mul(c).add(y.mul(s))
	return ddOf(t).sub(g.div(d))
}

// scaled brings x and y to a common power-of-two scale with the larger near 1; ok is
// false when the smaller one underflows there (the angle is then the ratio, or 0 or pi).
func scaled(y, x float64) (float64, float64, bool) {
	_, e := math.Frexp(math.Max(math.Abs(x), math.Abs(y)))
	ys, xs := math.Ldexp(y, -e), math.Ldexp(x, -e)
	small := math.Min(math.Abs(xs), math.Abs(ys))
	return ys, xs, small >= 0x1p-900
}

// Atan2 is the angle of (x, y), with C99's special values.
func Atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0:
		return math.Atan2(y, x)
	}
	ys, xs, ok := scaled(y, x)
	if !ok {
		if math.Abs(y) < math.Abs(x) {
			if x > 0 {
				return y / x
			}
			return math.Copysign(math.Pi, y)
		}
		return math.Copysign(math.Pi/2, y)
	}
	return angle(ddOf(ys), ddOf(xs)).round()
}

// Atan is the arc tangent of x.
func Atan(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) < 0x1p-27:
		return x
	case math.Abs(x) > 0x1p60:
		return math.Copysign(math.Pi/2, x)
	}
	return angle(ddOf(x), ddOf(1)).round()
}

// cosOf returns sqrt(1 - x*x) as a double-double for |x| <= 1.
func cosOf(x float64) dd {
	return twoSum(1, -x).mul(twoSum(1, x)).sqrt()
}

// Asin is the arc sine of x.
func Asin(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) < 0x1p-26:
		return x
	case math.Abs(x) == 1:
		return math.Copysign(math.Pi/2, x)
	}
	return angle(ddOf(x), cosOf(x)).round()
}

// Acos is the arc cosine of x.
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	}
	return angle(cosOf(x), ddOf(x)).round()
}
