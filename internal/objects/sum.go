package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/modules/builtins"
)

// sum replaces gpython's builtin: that one adds through py.Add, whose tuple concatenation
// is wrong in gpython v0.2.0 (see compiler/add.go), and it lacks CPython's refusals of str,
// bytes and bytearray starts.
func init() {
	builtins.Add(py.MustNewMethod("sum", builtinSum, 0, `Return the sum of a 'start' value (default: 0) plus an iterable of numbers

When the iterable is empty, return the start value.
This function is intended specifically for use with numeric values and may
reject non-numeric types.`))
}

func builtinSum(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	var iterable py.Object
	var start py.Object = py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:sum", []string{"iterable", "start"}, &iterable, &start); err != nil {
		return nil, err
	}
	switch start.Type().Name {
	case "str":
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case "bytes", "bytearray":
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum %s [use b''.join(seq) instead]", start.Type().Name)
	}
	return sumItems(start, iterable)
}

// sumItems adds the items of iterable to total. As in CPython's sum, a run of ints (or of
// floats) is added in a Go int64 (float64) and boxed once at its end; anything else goes
// through compiler.Add.
func sumItems(total, iterable py.Object) (py.Object, error) {
	var ival int64
	var fval float64
	var inInt, inFloat bool
	unbox := func() {
		switch t := total.(type) {
		case py.Int:
			inInt, ival = true, int64(t)
		case py.Float:
			inFloat, fval = true, float64(t)
		}
	}
	unbox()
	err := iterate(iterable, func(item py.Object) (bool, error) {
		switch {
		case inInt:
			if i, ok := item.(py.Int); ok {
				if s := ival + int64(i); (s > ival) == (i > 0) {
					ival = s
					return true, nil
				}
			}
			total, inInt = py.Int(ival), false
		case inFloat:
			if f, ok := item.(py.Float); ok {
				fval += float64(f)
				return true, nil
			}
			total, inFloat = py.Float(fval), false
		}
		var err error
		if total, err = compiler.Add(total, item); err != nil {
			return false, err
		}
		unbox()
		return true, nil
	})
	switch {
	case err != nil:
		return nil, err
	case inInt:
		return py.Int(ival), nil
	case inFloat:
		return py.Float(fval), nil
	}
	return total, nil
}
