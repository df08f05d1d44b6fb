// Package argclinic converts the arguments of native functions as CPython's Argument
// Clinic and its converters do, with CPython's messages: counting positional and keyword
// arguments (Parse, One, Exact), and the conversions of PyFloat_AsDouble (Float),
// PyNumber_Index (Index, BigIndex, Int) and the buffer protocol (Bytes).
//
// Native modules (math, cmath, hashlib, binascii, zlib, array ...) share it so that a
// wrong argument gets the same TypeError wherever it is passed.
package argclinic

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// TypeName is the name CPython's messages give o's type.
func TypeName(o py.Object) string { return classes.TypeOf(o).Name }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NoKeywords is the error of a positional-only function called with keywords.
func NoKeywords(qualname string, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", qualname)
	}
	return nil
}

// One checks the call of a one-argument function (METH_O) and returns the argument.
func One(qualname string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := NoKeywords(qualname, kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", qualname, len(args))
	}
	return args[0], nil
}

// Exact checks the call of a positional-only function of min to max arguments (METH_FASTCALL):
// "pow expected 2 arguments, got 1".
func Exact(name, qualname string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if err := NoKeywords(qualname, kwargs); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// Parse unpacks the arguments of a function whose parameters are names: the first npos
// of them positional-only, those up to maxpos positional or keyword, the rest keyword-only;
// the first required must be given. Absent arguments are nil. The checks and messages are
// Argument Clinic's, in its order: too many in all, too many by position, too few by
// position, unknown keywords, a missing required argument.
func Parse(fname string, args py.Tuple, kwargs py.StringDict, names []string, npos, maxpos, required int) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		kw := ""
		if len(args) == 0 {
			kw = "keyword "
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), kw, plural(len(names)), n)
	}
	minpos := min(npos, required)
	if len(args) > maxpos || len(args) < minpos {
		if maxpos == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no positional arguments", fname)
		}
		how, n := "at most", maxpos
		switch {
		case len(args) < minpos && minpos < maxpos:
			how, n = "at least", minpos
		case required >= maxpos || minpos == maxpos:
			how = "exactly"
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, n, plural(n), len(args))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := indexOf(names, k)
		if i < npos {
			// Unknown, or positional-only: Argument Clinic does not know it as a keyword.
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if i < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return out, nil
}

// Unpack is Parse with the conventions of the other calling styles CPython's functions
// use: a single positional-only parameter is METH_O ("binascii.a2b_hex() takes exactly
// one argument (0 given)"), only positional-only parameters are METH_FASTCALL ("crc32
// expected at least 1 argument, got 0"). module qualifies the METH_O message.
func Unpack(module, fname string, args py.Tuple, kwargs py.StringDict, names []string, npos, maxpos, required int) ([]py.Object, error) {
	if npos == len(names) {
		qual := module + "." + fname
		if len(names) == 1 && required == 1 {
			a, err := One(qual, args, kwargs)
			return []py.Object{a}, err
		}
		if err := Exact(fname, qual, args, kwargs, required, len(names)); err != nil {
			return nil, err
		}
		out := make([]py.Object, len(names))
		copy(out, args)
		return out, nil
	}
	return Parse(fname, args, kwargs, names, npos, maxpos, required)
}

func indexOf(names []string, k string) int {
	for i, n := range names {
		if n == k {
			return i
		}
	}
	return -1
}

// CallSpecial calls o's special method name looked up on its type (CPython's
// _PyObject_LookupSpecial and a call); found is false when the type has none.
func CallSpecial(o py.Object, name string, args ...py.Object) (res py.Object, found bool, err error) {
	t := classes.TypeOf(o)
	m := classes.Lookup(t, name)
	if m == nil {
		return nil, false, nil
	}
	if g, ok := m.(py.I__get__); ok {
		bound, err := g.M__get__(o, t)
		if err != nil {
			return nil, true, err
		}
		res, err := py.Call(bound, py.Tuple(args), nil)
		return res, true, err
	}
	res, err = py.Call(m, append(py.Tuple{o}, args...), nil)
	return res, true, err
}

// BigToFloat converts an int to the nearest float (ties to even), or CPython's
// OverflowError.
func BigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// Float converts o as PyFloat_AsDouble: floats, ints and bools, then __float__, then
// __index__.
func Float(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return BigToFloat((*big.Int)(v))
	}
	if n := objects.NativeOf(o); n != o && n != nil {
		if _, ok := n.(py.Float); ok {
			if res, found, err := CallSpecial(o, "__float__"); found {
				return floatResult(o, res, err)
			}
			return float64(n.(py.Float)), nil
		}
	}
	if res, found, err := CallSpecial(o, "__float__"); found {
		return floatResult(o, res, err)
	}
	if res, found, err := CallSpecial(o, "__index__"); found {
		if err != nil {
			return 0, err
		}
		b, err := indexResult(o, res)
		if err != nil {
			return 0, err
		}
		return BigToFloat(b)
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", TypeName(o))
}

func floatResult(o, res py.Object, err error) (float64, error) {
	if err != nil {
		return 0, err
	}
	if f, ok := res.(py.Float); ok {
		return float64(f), nil
	}
	if f, ok := objects.NativeOf(res).(py.Float); ok {
		return float64(f), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", TypeName(o), TypeName(res))
}

func indexResult(o, res py.Object) (*big.Int, error) {
	switch v := res.(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	}
	if n := objects.NativeOf(res); n != res && n != nil {
		return indexResult(o, n)
	}
	return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", TypeName(res))
}

// BigIndex converts o as PyNumber_Index to a big integer (shared for big ints: do not
// modify it).
func BigIndex(o py.Object) (*big.Int, error) {
	switch v := o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return indexResult(o, v)
	}
	if res, found, err := CallSpecial(o, "__index__"); found {
		if err != nil {
			return nil, err
		}
		return indexResult(o, res)
	}
	if n := objects.NativeOf(o); n != o && n != nil {
		if _, ok := n.(py.Int); ok {
			return indexResult(o, n)
		}
		if _, ok := n.(*py.BigInt); ok {
			return indexResult(o, n)
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

// Index converts o as PyNumber_Index to an int object.
func Index(o py.Object) (py.Object, error) {
	switch o.(type) {
	case py.Int, *py.BigInt:
		return o, nil
	}
	b, err := BigIndex(o)
	if err != nil {
		return nil, err
	}
	return IntOf(b), nil
}

// IntOf makes an int object of b: a small int when it fits.
func IntOf(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}

// Int converts o as PyNumber_Index to a Go int; an int outside the int64 range is
// CPython's OverflowError "Python int too large to convert to C ssize_t".
func Int(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok {
		return int(v), nil
	}
	b, err := BigIndex(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(b.Int64()), nil
}

// Uint32 converts an int to its low 32 bits (two's complement for negative ints), as
// Argument Clinic's unsigned_int(bitwise=True) does for CRC start values.
func Uint32(o py.Object) (uint32, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	b, err := BigIndex(o)
	if err != nil {
		return 0, err
	}
	return uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64()), nil
}

// Bytes returns the contents of a bytes-like object (bytes, bytearray, memoryview and
// other buffer exporters); ok is false for anything else.
func Bytes(o py.Object) (b []byte, ok bool) {
	return objects.BytesLike(o)
}

// NeedBytes is Bytes with CPython's TypeError for a non-buffer: "a bytes-like object is
// required, not 'str'".
func NeedBytes(o py.Object) ([]byte, error) {
	if b, ok := objects.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}
