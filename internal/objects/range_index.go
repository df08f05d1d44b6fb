package objects

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
)

// range's start, stop and step attributes and its index and count methods, which gpython
// lacks; hex(), oct(), bin() and chr() accepting any object with __index__.

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

func installRangeMethods() {
	// Bounds beyond 64 bits make a BigRange (gpython's range refuses them).
	newRange := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) == 0 && len(args) >= 1 && len(args) <= 3 {
			if r, err := newBigRange(args); r != nil || err != nil {
				return r, err
			}
		}
		return newRange(t, args, kw)
	}
	attr := func(get func(r *py.Range) py.Object, big func(r *BigRange) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if b, ok := self.(*BigRange); ok {
				return big(b), nil
			}
			return get(self.(*py.Range)), nil
		}}
	}
	py.RangeType.Dict["start"] = attr(func(r *py.Range) py.Object { return r.Start }, func(r *BigRange) py.Object { return intFromBig(r.start) })
	py.RangeType.Dict["stop"] = attr(func(r *py.Range) py.Object { return r.Stop }, func(r *BigRange) py.Object { return intFromBig(r.stop) })
	py.RangeType.Dict["step"] = attr(func(r *py.Range) py.Object { return r.Step }, func(r *BigRange) py.Object { return intFromBig(r.step) })
	addMethods(py.RangeType,
		method("index", "Return index of value.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := oneArg(self, "index", args); err != nil {
				return nil, err
			}
			if b, ok := self.(*BigRange); ok {
				if v, isInt := intValue(args[0]); isInt {
					if i := b.find(v); i != nil {
						return intFromBig(i), nil
					}
					r, _ := Repr(args[0])
					return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", r)
				}
				return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
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
			if b, ok := self.(*BigRange); ok {
				if v, isInt := intValue(args[0]); isInt {
					if b.find(v) != nil {
						return py.Int(1), nil
					}
					return py.Int(0), nil
				}
				n, err := b.countEqual(args[0], false)
				return py.Int(n), err
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

// indexArg is operator.index(x) as a big.Int: ints and bools, then __index__.
func indexArg(x py.Object) (*big.Int, error) {
	if v, ok := intValue(x); ok {
		return v, nil
	}
	if _, ok := x.(py.I__index__); ok {
		i, err := py.Index(x)
		if err != nil {
			return nil, err
		}
		return big.NewInt(int64(i)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
}

// radixBuiltin is hex(), oct() or bin(): prefix and digits in the given base.
func radixBuiltin(name, prefix string, base int) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		v, err := indexArg(args[0])
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			return py.String("-" + prefix + new(big.Int).Neg(v).Text(base)), nil
		}
		return py.String(prefix + v.Text(base)), nil
	}, 0, "Return the "+name+" representation of an integer.")
}

func init() {
	builtins.Add(
		radixBuiltin("hex", "0x", 16), radixBuiltin("oct", "0o", 8), radixBuiltin("bin", "0b", 2),
		py.MustNewMethod("chr", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "chr() takes exactly one argument (%d given)", len(args))
			}
			if _, ok := args[0].(py.Float); ok {
				return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
			}
			v, err := indexArg(args[0])
			if err != nil {
				return nil, err
			}
			if !v.IsInt64() || v.Int64() < 0 || v.Int64() > 0x10ffff {
				if !v.IsInt64() {
					return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
				}
				return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
			}
			return py.String(appendWTF8Rune(nil, rune(v.Int64()))), nil // a surrogate as WTF-8
		}, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
	)
}

// IndexInt is operator.index(x) as a Go int, with CPython's TypeError for an object that is
// not an integer and its OverflowError for one beyond a Go int.
func IndexInt(x py.Object) (int, error) {
	v, err := indexArg(x)
	if err != nil {
		return 0, err
	}
	if !v.IsInt64() || int64(int(v.Int64())) != v.Int64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(v.Int64()), nil
}
