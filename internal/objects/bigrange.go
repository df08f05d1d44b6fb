package objects

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// BigRange is a range whose bounds or length do not fit in gpython's 64-bit py.Range
// (range(2**70)): CPython's ranges take any ints. type() answers range; len() raises
// OverflowError past sys.maxsize as CPython's does, while indexing, slicing, iteration,
// `in`, index(), count(), equality and hashing work.
type BigRange struct {
	start, stop, step, length *big.Int
}

// Type returns range.
func (r *BigRange) Type() *py.Type { return py.RangeType }

// newBigRange makes range(args...) from ints of any size; nil if they all fit gpython's.
func newBigRange(args py.Tuple) (py.Object, error) {
	vals := make([]*big.Int, len(args))
	fits := true
	for i, a := range args {
		v, err := indexArg(a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
		fits = fits && v.IsInt64()
	}
	if fits {
		return nil, nil
	}
	start, stop, step := new(big.Int), vals[0], big.NewInt(1)
	if len(vals) >= 2 {
		start, stop = vals[0], vals[1]
	}
	if len(vals) == 3 {
		step = vals[2]
	}
	if step.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
	}
	return &BigRange{start: start, stop: stop, step: step, length: rangeLength(start, stop, step)}, nil
}

// rangeLength is the number of items of range(start, stop, step).
func rangeLength(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// item is the i-th value (0 <= i < length).
func (r *BigRange) item(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, r.step)
	return v.Add(v, r.start)
}

// Args returns (start, stop, step), what range() was called with (pickle's reduce).
func (r *BigRange) Args() py.Tuple {
	return py.Tuple{intFromBig(r.start), intFromBig(r.stop), intFromBig(r.step)}
}

// M__len__ is len(r).
func (r *BigRange) M__len__() (py.Object, error) {
	if !r.length.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return py.Int(r.length.Int64()), nil
}

// M__bool__ is bool(r).
func (r *BigRange) M__bool__() (py.Object, error) { return py.NewBool(r.length.Sign() != 0), nil }

// M__getitem__ is r[i] and r[i:j:k].
func (r *BigRange) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		return r.slice(s)
	}
	i, err := indexArg(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "range indices must be integers or slices, not %s", typeName(key))
	}
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, r.length)
	}
	if i.Sign() < 0 || i.Cmp(r.length) >= 0 {
		return nil, py.ExceptionNewf(py.IndexError, "range object index out of range")
	}
	return intFromBig(r.item(i)), nil
}

// slice is r[s], CPython's slice of a range: a range again.
func (r *BigRange) slice(s *py.Slice) (py.Object, error) {
	step := big.NewInt(1)
	if s.Step != py.None && s.Step != nil {
		v, err := indexArg(s.Step)
		if err != nil {
			return nil, err
		}
		if v.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "slice step cannot be zero")
		}
		step = v
	}
	bound := func(o py.Object, dflt *big.Int) (*big.Int, error) {
		if o == nil || o == py.None {
			return dflt, nil
		}
		v, err := indexArg(o)
		if err != nil {
			return nil, err
		}
		lower, upper := new(big.Int), r.length
		if step.Sign() < 0 {
			lower, upper = big.NewInt(-1), new(big.Int).Sub(r.length, big.NewInt(1))
		}
		if v.Sign() < 0 {
			v = new(big.Int).Add(v, r.length)
			if v.Cmp(lower) < 0 {
				v = lower
			}
		} else if v.Cmp(upper) > 0 {
			v = upper
		}
		return v, nil
	}
	var lo, hi *big.Int
	var err error
	if step.Sign() > 0 {
		if lo, err = bound(s.Start, new(big.Int)); err == nil {
			hi, err = bound(s.Stop, r.length)
		}
	} else {
		last := new(big.Int).Sub(r.length, big.NewInt(1))
		if lo, err = bound(s.Start, last); err == nil {
			hi, err = bound(s.Stop, big.NewInt(-1))
		}
	}
	if err != nil {
		return nil, err
	}
	start, stop := r.item(lo), r.item(hi)
	nstep := new(big.Int).Mul(r.step, step)
	return makeRange(start, stop, nstep), nil
}

// makeRange is range(start, stop, step): gpython's when it fits.
func makeRange(start, stop, step *big.Int) py.Object {
	n := rangeLength(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &py.Range{Start: py.Int(start.Int64()), Stop: py.Int(stop.Int64()), Step: py.Int(step.Int64()), Length: py.Int(n.Int64())}
	}
	return &BigRange{start: start, stop: stop, step: step, length: n}
}

// find returns the index of x in r, or nil.
func (r *BigRange) find(x *big.Int) *big.Int {
	d := new(big.Int).Sub(x, r.start)
	q, m := new(big.Int).QuoRem(d, r.step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(r.length) >= 0 {
		return nil
	}
	return q
}

// M__contains__ is x in r.
func (r *BigRange) M__contains__(x py.Object) (py.Object, error) {
	if v, ok := intValue(x); ok {
		return py.NewBool(r.find(v) != nil), nil
	}
	n, err := r.countEqual(x, true)
	return py.NewBool(n > 0), err
}

// countEqual counts the items equal to x, comparing one by one as CPython does for what
// is not an int (a float, an object with __eq__), up to the first if first.
func (r *BigRange) countEqual(x py.Object, first bool) (int64, error) {
	var n int64
	for it := r.iter(false); it.left.Sign() > 0; {
		v, _ := it.M__next__()
		eq, err := Equal(v, x)
		if err != nil {
			return n, err
		}
		if eq {
			n++
			if first {
				break
			}
		}
	}
	return n, nil
}

// M__repr__ is repr(r).
func (r *BigRange) M__repr__() (py.Object, error) {
	s := "range(" + r.start.String() + ", " + r.stop.String()
	if r.step.Cmp(big.NewInt(1)) != 0 {
		s += ", " + r.step.String()
	}
	return py.String(s + ")"), nil
}

// bigRangeIterator iterates over a BigRange.
type bigRangeIterator struct{ cur, step, left *big.Int }

var bigRangeIteratorType = py.NewType("longrange_iterator", "")

func (it *bigRangeIterator) Type() *py.Type { return bigRangeIteratorType }

func (it *bigRangeIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *bigRangeIterator) M__next__() (py.Object, error) {
	if it.left.Sign() <= 0 {
		return nil, py.StopIteration
	}
	v := intFromBig(it.cur)
	it.cur = new(big.Int).Add(it.cur, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, nil
}

func (r *BigRange) iter(reversed bool) *bigRangeIterator {
	if reversed {
		last := r.item(new(big.Int).Sub(r.length, big.NewInt(1)))
		return &bigRangeIterator{cur: last, step: new(big.Int).Neg(r.step), left: r.length}
	}
	return &bigRangeIterator{cur: r.start, step: r.step, left: r.length}
}

// M__iter__ is iter(r).
func (r *BigRange) M__iter__() (py.Object, error) { return r.iter(false), nil }

// M__reversed__ is reversed(r).
func (r *BigRange) M__reversed__() (py.Object, error) { return r.iter(true), nil }

// bigParts returns start, step and length of a range of either kind.
func rangeParts(o py.Object) (start, step, length *big.Int, ok bool) {
	switch r := o.(type) {
	case *BigRange:
		return r.start, r.step, r.length, true
	case *py.Range:
		return big.NewInt(int64(r.Start)), big.NewInt(int64(r.Step)), big.NewInt(int64(r.Length)), true
	}
	return nil, nil, nil, false
}

// M__eq__ is r == other: the same sequence of values.
func (r *BigRange) M__eq__(other py.Object) (py.Object, error) {
	start, step, length, ok := rangeParts(other)
	if !ok {
		return py.NotImplemented, nil
	}
	switch {
	case r.length.Cmp(length) != 0:
		return py.False, nil
	case length.Sign() == 0:
		return py.True, nil
	case r.start.Cmp(start) != 0:
		return py.False, nil
	}
	return py.NewBool(length.Cmp(big.NewInt(1)) == 0 || r.step.Cmp(step) == 0), nil
}

// M__ne__ is r != other.
func (r *BigRange) M__ne__(other py.Object) (py.Object, error) {
	eq, err := r.M__eq__(other)
	if eq == py.NotImplemented || err != nil {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__hash__ is hash(r), CPython's: the hash of (len, start, step), with None for what
// does not matter.
func (r *BigRange) M__hash__() (py.Object, error) {
	t := py.Tuple{intFromBig(r.length), py.None, py.None}
	if r.length.Sign() != 0 {
		t[1] = intFromBig(r.start)
		if r.length.Cmp(big.NewInt(1)) != 0 {
			t[2] = intFromBig(r.step)
		}
	}
	h, err := Hash(t)
	return py.Int(h), err
}
