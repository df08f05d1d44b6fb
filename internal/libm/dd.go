package libm

import "math"

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2: a number with about 106 bits.
type dd struct{ hi, lo float64 }

// twoSum returns a + b exactly as a double-double.
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// fastTwoSum is twoSum for |a| >= |b|.
func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a * b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddOf(f float64) dd { return dd{f, 0} }

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

func (x dd) addF(f float64) dd {
	s := twoSum(x.hi, f)
	s.lo += x.lo
	return fastTwoSum(s.hi, s.lo)
}

func (x dd) sub(y dd) dd { return x.add(y.neg()) }

func (x dd) neg() dd { return dd{-x.hi, -x.lo} }

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += x.hi*y.lo + x.lo*y.hi
	return fastTwoSum(p.hi, p.lo)
}

func (x dd) mulF(f float64) dd {
	p := twoProd(x.hi, f)
	p.lo += x.lo * f
	return fastTwoSum(p.hi, p.lo)
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.sub(y.mulF(q1))
	q2 := r.hi / y.hi
	r = r.sub(y.mulF(q2))
	q3 := r.hi / y.hi
	return fastTwoSum(q1, q2).addF(q3)
}

// sqrt is the square root of x >= 0 (one Newton step from the double's root).
func (x dd) sqrt() dd {
	if x.hi <= 0 {
		return dd{}
	}
	s := math.Sqrt(x.hi)
	r := x.sub(twoProd(s, s))
	return fastTwoSum(s, r.hi/(2*s))
}

// ldexp scales x by 2**k (exact unless the parts leave the normal range).
func (x dd) ldexp(k int) dd { return dd{math.Ldexp(x.hi, k), math.Ldexp(x.lo, k)} }

// round is x rounded to the nearest double.
func (x dd) round() float64 { return x.hi + x.lo }

// poly evaluates the polynomial c[0] + c[1] t + c[2] t^2 + ... by Horner's rule.
func poly(c []dd, t dd) dd {
	s := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		s = s.mul(t).add(c[i])
	}
	return s
}

// Constants to about 160 bits, as sums of three doubles where the reductions need them.
var (
	ln2   = dd{6.931471805599452862e-01, 2.319046813846299558e-17}
	ln2c  = 5.707708438416212066e-34 // ln 2 - ln2
	ln10  = dd{2.302585092994045901e+00, -2.170756223382249351e-16}
	pio2  = dd{1.570796326794896558e+00, 6.123233995736766036e-17}
	pio2c = -1.4973849048591698e-33 // pi/2 - pio2
	pi    = dd{3.141592653589793116e+00, 1.224646799147353207e-16}
)
