package libm

import "math"

// expTable[j] is 2**(j/64) and invFact[n] is 1/n!, as double-doubles.
var (
	expTable [64]dd
	invFact  [28]dd
)

func init() {
	f := 1.0
	for n := range invFact {
		if n > 0 {
			f *= float64(n) // exact up to 22!, and the rest only need to be close
		}
		invFact[n] = ddOf(1).div(ddOf(f))
	}
	for j := range expTable {
		r := ln2.mulF(float64(j) / 64).addF(ln2c * float64(j) / 64)
		expTable[j] = poly(invFact[:], r)
	}
}

// expReduced returns e**x as m * 2**k for a double-double x with |x| < 750.
func expReduced(x dd) (m dd, k int) {
	n := math.Round(x.hi * (64 / ln2.hi))
	r := x.sub(twoProd(n, ln2.hi/64)).sub(twoProd(n, ln2.lo/64)).addF(-n * ln2c / 64)
	ni := int(n)
	k, j := ni>>6, ni&63
	return expTable[j].mul(poly(invFact[:13], r)), k
}

// scaleRound returns m * 2**k rounded once to a double, subnormal results included.
func scaleRound(m dd, k int) float64 {
	e := math.Ilogb(m.hi) + k
	if e >= -1022 {
		return math.Ldexp(m.round(), k)
	}
	// The result is subnormal: round m * 2**(k+1074) to an integer, ties to even. The
	// remainder after the floor of the high part lies in (-1/4, 1).
	v := m.ldexp(k + 1074)
	i := math.Floor(v.hi)
	rest := v.sub(ddOf(i))
	if rest.hi > 0.5 || (rest.hi == 0.5 && (rest.lo > 0 || (rest.lo == 0 && math.Mod(i, 2) == 1))) {
		i++
	}
	return math.Ldexp(i, -1074)
}

// expOf returns e**x for a double-double x, rounded once; 0 or +Inf out of range.
func expOf(x dd) float64 {
	switch {
	case x.hi > 709.8:
		if x.hi > 710 {
			return math.Inf(1)
		}
	case x.hi < -745.2:
		if x.hi < -746 {
			return 0
		}
	}
	m, k := expReduced(x)
	return scaleRound(m, k)
}

// Exp is e**x.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	return expOf(ddOf(x))
}

// Exp2 is 2**x.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 1024:
		return math.Inf(1)
	case x < -1076:
		return 0
	}
	n := math.Round(x * 64)
	f := x - n/64 // exact
	r := twoProd(f, ln2.hi).addF(f * ln2.lo)
	ni := int(n)
	k, j := ni>>6, ni&63
	return scaleRound(expTable[j].mul(poly(invFact[:13], r)), k)
}

// Expm1 is e**x - 1 by glibc's algorithm (fdlibm's, as reorganised for pipelines).
func Expm1(x float64) float64 {
	const (
		oThreshold = 7.09782712893383973096e+02
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invLn2     = 1.44269504088896338700e+00
		q1         = -3.33333333333331316428e-02
		q2         = 1.58730158725481460165e-03
		q3         = -7.93650757867487942473e-05
		q4         = 4.00821782732936239552e-06
		q5         = -2.01099218183624371326e-07
	)
	hx := uint32(math.Float64bits(x) >> 32)
	neg := hx&0x80000000 != 0
	hx &= 0x7fffffff
	if hx >= 0x4043687A { // |x| >= 56 ln 2
		if hx >= 0x40862E42 {
			if hx >= 0x7ff00000 {
				if math.IsNaN(x) || !neg {
					return x
				}
				return -1
			}
			if x > oThreshold {
				return math.Inf(1)
			}
		}
		if neg {
			return -1
		}
	}
	var hi, lo, c float64
	var k int32
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2
		if hx < 0x3FF0A2B2 { // and < 3 ln2/2
			if !neg {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			} else {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			}
		} else {
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(math.FMA(invLn2, x, half))
			t := float64(k)
			hi = math.FMA(-t, ln2Hi, x)
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := math.FMA(hxs, q1, 1)
	h2 := hxs * hxs
	r2 := math.FMA(hxs, q3, q2)
	h4 := h2 * h2
	r3 := math.FMA(hxs, q5, q4)
	rr := math.FMA(h4, r3, math.FMA(h2, r2, r1))
	t := math.FMA(-rr, hfx, 3)
	e := hxs * ((rr - t) / math.FMA(-x, t, 6))
	if k == 0 {
		return x - math.FMA(x, e, -hxs)
	}
	e = math.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return math.FMA(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return math.FMA(2.0, x-e, 1)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return addExponent(y, k) - 1
	case k < 20:
		t := math.Float64frombits(uint64(0x3ff00000-(0x200000>>k)) << 32) // 1 - 2**-k
		return addExponent(t-(e-x), k)
	}
	t = math.Float64frombits(uint64(0x3ff-k) << 52) // 2**-k
	y := x - (e + t)
	y++
	return addExponent(y, k)
}

// addExponent adds k to the exponent field of y, as fdlibm's SET_HIGH_WORD does.
func addExponent(y float64, k int32) float64 {
	return math.Float64frombits(math.Float64bits(y) + uint64(int64(k))<<52)
}
