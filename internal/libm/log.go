package libm

import "math"

// logSeries[i] is 1/(2i+1): log(1+f) = 2 atanh(s) = 2 (s + s**3/3 + s**5/5 ...), s = f/(2+f).
var logSeries [12]dd

func init() {
	for i := range logSeries {
		logSeries[i] = ddOf(1).div(ddOf(float64(2*i + 1)))
	}
}

// log1pSmall is log(1+f) for a double-double |f| <= 1/32.
func log1pSmall(f dd) dd {
	s := f.div(f.addF(2))
	return poly(logSeries[:], s.mul(s)).mul(s).mulF(2)
}

// logParts splits a positive finite x into m * 2**k with m in [sqrt(1/2), sqrt(2)).
func logParts(x float64) (m float64, k int) {
	m, k = math.Frexp(x)
	if m < math.Sqrt2/2 {
		m, k = m*2, k-1
	}
	return m, k
}

// logMantissa is log(m) for m in [sqrt(1/2), sqrt(2)).
func logMantissa(m float64) dd {
	f := m - 1 // exact
	if math.Abs(f) <= 1.0/32 {
		return log1pSmall(ddOf(f))
	}
	// One Newton step on exp from the double estimate: y + (m - e**y) / e**y.
	y := math.Log(m)
	e, k := expReduced(ddOf(y))
	e = e.ldexp(k)
	return ddOf(m).sub(e).div(e).addF(y)
}

// logOf is log(x) for a positive finite x, as a double-double.
func logOf(x float64) dd {
	m, k := logParts(x)
	l := logMantissa(m)
	if k == 0 {
		return l
	}
	n := float64(k)
	return twoProd(n, ln2.hi).add(twoProd(n, ln2.lo)).addF(n * ln2c).add(l)
}

// Log is the natural logarithm.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	case x == 1:
		return 0
	}
	return logOf(x).round()
}

// Log2 is the base 2 logarithm (exact for powers of two).
func Log2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	m, k := logParts(x)
	return logMantissa(m).div(ln2).addF(float64(k)).round()
}

// Log10 is the base 10 logarithm by glibc's formula: n log10(2) in two parts plus
// log(x 2**-n) / ln 10, where x 2**-n lies in [1, 2) (in [1/2, 1) for negative n).
func Log10(x float64) float64 {
	const (
		ivln10   = 4.34294481903251816668e-01
		log102Hi = 3.01029995663611771306e-01
		log102Lo = 3.69423907715893078616e-13
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	bits := math.Float64bits(x)
	k := 0
	if bits>>52 == 0 { // subnormal
		x *= 0x1p54
		k = -54
		bits = math.Float64bits(x)
	}
	k += int(bits>>52) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	bits = bits&(1<<52-1) | uint64(0x3ff-i)<<52
	y := float64(k + i)
	z := y*log102Lo + ivln10*Log(math.Float64frombits(bits))
	return z + y*log102Hi
}

// Log1p is log(1 + x) by glibc's algorithm (fdlibm's, as reorganised for pipelines).
func Log1p(x float64) float64 {
	const (
		ln2Hi = 6.93147180369123816490e-01
		ln2Lo = 1.90821492927058770002e-10
		lp1   = 6.666666666666735130e-01
		lp2   = 3.999999999940941908e-01
		lp3   = 2.857142874366239149e-01
		lp4   = 2.222219843214978396e-01
		lp5   = 1.818357216161805012e-01
		lp6   = 1.531383769920937332e-01
		lp7   = 1.479819860511658591e-01
	)
	hx := int32(math.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3FDA827A { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return x - x*x*0.5
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422 (0xbfd2bec3)
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = int32(math.Float64bits(u) >> 32)
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = int32(math.Float64bits(u) >> 32)
			k = (hu >> 20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		low := math.Float64bits(u) & 0xffffffff
		if hu < 0x6a09e {
			u = math.Float64frombits(uint64(hu|0x3ff00000)<<32 | low)
		} else {
			k++
			u = math.Float64frombits(uint64(hu|0x3fe00000)<<32 | low)
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		r := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return fk*ln2Hi - ((r - (fk*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	r1 := z * lp1
	z2 := z * z
	r2 := lp2 + z*lp3
	z4 := z2 * z2
	r3 := lp4 + z*lp5
	z6 := z4 * z2
	r4 := lp6 + z*lp7
	r := r1 + z2*r2 + z4*r3 + z6*r4
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+r) + (fk*ln2Lo + c))) - f)
}
