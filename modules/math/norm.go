package pymath

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
)

// fsum adds exactly, as CPython's math.fsum: non-overlapping partial sums kept exactly
// (Shewchuk), added from the top at the end with a half-even correction across partials.
func fsum(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	seq, err := argclinic.One("math.fsum", args, kwargs)
	if err != nil {
		return nil, err
	}
	it, err := objects.Iter(seq)
	if err != nil {
		return nil, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	for {
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				break
			}
			return nil, err
		}
		x, err := argclinic.Float(item)
		if err != nil {
			return nil, err
		}
		orig := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x == 0 {
			continue
		}
		if !isFinite(x) {
			if isFinite(orig) {
				return nil, py.ExceptionNewf(py.OverflowError, "intermediate overflow in fsum")
			}
			if math.IsInf(orig, 0) {
				infSum += orig
			}
			special += orig
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			return nil, py.ExceptionNewf(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return py.Float(hi), nil
}

// vectorNorm is sqrt(sum(x*x for x in vec)) by CPython's algorithm: scaled by a power of
// two, squares split exactly (Veltkamp-Dekker), summed with compensation, and the root
// corrected by one differential step. max is the largest |x|.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1
	switch {
	case math.IsInf(max, 0):
		return max
	case foundNaN:
		return math.NaN()
	case max == 0 || len(vec) <= 1:
		return max
	}
	_, maxE := math.Frexp(max)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	if maxE < -1023 {
		for _, x := range vec {
			x /= max
			add(x*x, &frac1)
		}
		return max * math.Sqrt(csum-1.0+frac1)
	}
	scale := math.Ldexp(1.0, -maxE)
	for _, x := range vec {
		x *= scale
		t := x * t27
		hi := t - (t - x)
		lo := x - hi
		add(hi*hi, &frac1)
		add(2.0*hi*lo, &frac2)
		frac3 += lo * lo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	x := h
	t := x * t27
	hi := t - (t - x)
	lo := x - hi
	add(-hi*hi, &frac1)
	add(-2.0*hi*lo, &frac2)
	add(-lo*lo, &frac3)
	x = csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/(2.0*h)) / scale
}

func hypot(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.NoKeywords("math.hypot", kwargs); err != nil {
		return nil, err
	}
	vec := make([]float64, len(args))
	max, nan := 0.0, false
	for i, a := range args {
		x, err := argclinic.Float(a)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return py.Float(vectorNorm(vec, max, nan)), nil
}

// tupleOf is tuple(o).
func tupleOf(o py.Object) (py.Tuple, error) {
	if t, ok := o.(py.Tuple); ok {
		return t, nil
	}
	return py.SequenceTuple(o)
}

func dist(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("dist", "math.dist", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	p, err := tupleOf(args[0])
	if err != nil {
		return nil, err
	}
	q, err := tupleOf(args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, nan := 0.0, false
	for i := range p {
		px, err := argclinic.Float(p[i])
		if err != nil {
			return nil, err
		}
		qx, err := argclinic.Float(q[i])
		if err != nil {
			return nil, err
		}
		x := math.Abs(px - qx)
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return py.Float(vectorNorm(vec, max, nan)), nil
}
