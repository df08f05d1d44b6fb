package objects

import (
	"github.com/go-python/gpython/py"
)

// range's start, stop and step attributes and its index and count methods, which gpython
// lacks.

// rangeFind returns the position of x in r, or -1.
func rangeFind(r *py.Range, x py.Object) (int, error) {
	switch x.(type) {
	case py.Int, py.Bool:
		v, _ := indexInt(x)
		start, step := int(r.Start), int(r.Step)
		d := v - start
		if d%step != 0 {
			return -1, nil
		}
		i := d / step
		if i < 0 || i >= int(r.Length) {
			return -1, nil
		}
		return i, nil
	}
	// Anything else is compared with each element, as CPython's sequence search does.
	for i := 0; i < int(r.Length); i++ {
		eq, err := Equal(py.Int(int(r.Start)+i*int(r.Step)), x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func init() {
	attr := func(get func(r *py.Range) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*py.Range)), nil }}
	}
	py.RangeType.Dict["start"] = attr(func(r *py.Range) py.Object { return r.Start })
	py.RangeType.Dict["stop"] = attr(func(r *py.Range) py.Object { return r.Stop })
	py.RangeType.Dict["step"] = attr(func(r *py.Range) py.Object { return r.Step })
	addMethods(py.RangeType,
		method("index", "Return index of value.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "index", args); err != nil {
				return nil, err
			}
			i, err := rangeFind(self.(*py.Range), args[0])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				if _, isInt := args[0].(py.Int); isInt {
					r, _ := Repr(args[0])
					return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", r)
				}
				return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
			}
			return py.Int(i), nil
		}),
		method("count", "Return number of occurrences of value.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "count", args); err != nil {
				return nil, err
			}
			r := self.(*py.Range)
			if _, isInt := args[0].(py.Int); isInt {
				i, err := rangeFind(r, args[0])
				if err != nil {
					return nil, err
				}
				if i < 0 {
					return py.Int(0), nil
				}
				return py.Int(1), nil
			}
			n := 0
			for i := 0; i < int(r.Length); i++ {
				eq, err := Equal(py.Int(int(r.Start)+i*int(r.Step)), args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
				}
			}
			return py.Int(n), nil
		}),
	)
}
