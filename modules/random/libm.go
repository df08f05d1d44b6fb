package random

import "math"

// exp, log, sin and cos for random.py, computed in double-double arithmetic (about 106 bits)
// and rounded once to float64: correctly rounded. The C library python3 uses is correctly
// rounded except near halfway cases (about 1 value in 700 differs), while Go's math
// functions are one unit in the last place away from it for up to a quarter of arguments,
// which changed most random.gauss results.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (x dd) neg() dd { return dd{-x.hi, -x.lo} }

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += x.hi*y.lo + x.lo*y.hi
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) mulF(f float64) dd {
	p := twoProd(x.hi, f)
	p.lo += x.lo * f
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.add(y.mulF(q1).neg())
	q2 := r.hi / y.hi
	r = r.add(y.mulF(q2).neg())
	q3 := r.hi / y.hi
	q := quickTwoSum(q1, q2)
	return q.add(dd{q3, 0})
}

func (x dd) float() float64 { return x.hi + x.lo }

var (
	ddLn2 = dd{6.931471805599452862e-01, 2.319046813846299558e-17}
	ddPi2 = dd{1.570796326794896558e+00, 6.123233995736766036e-17} // pi/2
	// The third part of pi/2, for reducing arguments of sin and cos.
	pi2lo2 = -1.4973849048591698e-33
)

// expSeries is e**x for |x| <= ~0.35 by its Taylor series.
func expSeries(r dd) dd {
	sum := dd{1, 0}
	term := dd{1, 0}
	for i := 1; i < 30; i++ {
		term = term.mul(r).div(dd{float64(i), 0})
		sum = sum.add(term)
		if math.Abs(term.hi) < 1e-36 {
			break
		}
	}
	return sum
}

// expDDof returns e**x as a double-double (x finite, not overflowing).
func expDDof(x dd) (dd, int) {
	k := math.Floor(x.hi/ddLn2.hi + 0.5)
	r := x.add(ddLn2.mulF(k).neg())
	// Halve r until small, then square back.
	const halvings = 8
	r = r.mulF(1.0 / (1 << halvings))
	e := expSeries(r)
	for i := 0; i < halvings; i++ {
		e = e.mul(e)
	}
	return e, int(k)
}

// Exp is e**x, correctly rounded.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 709.8 || x < -745.2 || math.Abs(x) < 1e-300:
		return math.Exp(x)
	}
	e, k := expDDof(dd{x, 0})
	if k < -1000 || k > 1000 {
		return math.Exp(x)
	}
	return math.Ldexp(e.float(), k)
}

// Log is the natural logarithm, correctly rounded.
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) || x < 1e-300 {
		return math.Log(x)
	}
	if x == 1 {
		return 0
	}
	// Newton's step on exp from Go's estimate: y + (x - e**y) / e**y.
	y := dd{math.Log(x), 0}
	for i := 0; i < 2; i++ {
		e, k := expDDof(y)
		e = dd{math.Ldexp(e.hi, k), math.Ldexp(e.lo, k)}
		y = y.add(dd{x, 0}.add(e.neg()).div(e))
	}
	return y.float()
}

// sinCosSeries returns sin(r) and cos(r) for |r| <= pi/4.
func sinCosSeries(r dd) (dd, dd) {
	r2 := r.mul(r)
	s, c := r, dd{1, 0}
	ts, tc := r, dd{1, 0}
	for i := 1; i < 30; i++ {
		ts = ts.mul(r2).div(dd{float64((2 * i) * (2*i + 1)), 0}).neg()
		tc = tc.mul(r2).div(dd{float64((2*i - 1) * (2 * i)), 0}).neg()
		s, c = s.add(ts), c.add(tc)
		if math.Abs(ts.hi) < 1e-36 && math.Abs(tc.hi) < 1e-36 {
			break
		}
	}
	return s, c
}

// sinCos returns sin(x), cos(x) correctly rounded, for |x| < 1e6 (Go's otherwise).
func sinCos(x float64) (float64, float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) >= 1e6 || math.Abs(x) < 1e-8 {
		return math.Sin(x), math.Cos(x)
	}
	k := math.Floor(x/ddPi2.hi + 0.5)
	r := dd{x, 0}.add(ddPi2.mulF(k).neg()).add(dd{-k * pi2lo2, 0})
	s, c := sinCosSeries(r)
	switch int64(k) & 3 {
	case 0:
		return s.float(), c.float()
	case 1:
		return c.float(), -s.float()
	case 2:
		return -s.float(), -c.float()
	}
	return -c.float(), s.float()
}

// Sin is sin(x), correctly rounded.
func Sin(x float64) float64 { s, _ := sinCos(x); return s }

// Cos is cos(x), correctly rounded.
func Cos(x float64) float64 { _, c := sinCos(x); return c }
