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
	it, err := Iter(iterable)
	if err != nil {
		return nil, err
	}
	total := start
	for {
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return total, nil
			}
			return nil, err
		}
		if total, err = compiler.Add(total, item); err != nil {
			return nil, err
		}
	}
}
