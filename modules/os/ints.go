package os

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
)

// Integer arguments are converted as CPython's converters do, each with its range and its
// OverflowError, so that no value is silently cut to the width the system call takes
// (gpython's ints are 64 bits and a pid or descriptor is 32: os.kill(2**32 + 1, 0) would
// signal process 1).

// bigOf returns an int argument's value (bool included), or CPython's TypeError.
func bigOf(a py.Object) (*big.Int, error) {
	switch v := a.(type) {
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
	// an int subclass (signal.SIGTERM, an IntEnum member) or an object with __index__
	return argclinic.BigIndex(a)
}

// asLong is a C long (off_t, time values): "Python int too large to convert to C long".
func asLong(a py.Object) (int64, error) {
	if v, ok := a.(py.Int); ok {
		return int64(v), nil
	}
	b, err := bigOf(a)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// asSsize is a Py_ssize_t (lengths, sizes).
func asSsize(a py.Object) (int64, error) {
	n, err := asLong(a)
	if err != nil && py.IsException(py.OverflowError, err) {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return n, err
}

// asInt is a C int (descriptors, flags, modes, signal numbers): any value out of its range
// is "Python int too large to convert to C int".
func asInt(a py.Object) (int, error) {
	n, err := asLong(a)
	if err != nil || n < math.MinInt32 || n > math.MaxInt32 {
		if err == nil || py.IsException(py.OverflowError, err) {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
		}
		return 0, err
	}
	return int(n), nil
}

// asPid is a pid_t, which CPython parses with the "i" format: a C long first, then the
// range of an int.
func asPid(a py.Object) (int, error) {
	n, err := asLong(a)
	switch {
	case err != nil:
		return 0, err
	case n > math.MaxInt32:
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// asID is a uid_t or gid_t (kind "uid" or "gid"): -1 (no change) or 0 to 2**32-1.
func asID(a py.Object, kind string) (int, error) {
	b, err := bigOf(a)
	if err != nil {
		return 0, err
	}
	switch {
	case b.IsInt64() && b.Int64() >= -1 && b.Int64() <= math.MaxUint32:
		if b.Int64() == math.MaxUint32 {
			return -1, nil
		}
		return int(b.Int64()), nil
	case b.Sign() > 0 && !b.IsInt64():
		return 0, py.ExceptionNewf(py.OverflowError, "%s is greater than maximum", kind)
	}
	return 0, py.ExceptionNewf(py.OverflowError, "%s is less than minimum", kind)
}

// asDev is a dev_t (an unsigned 64-bit number).
func asDev(a py.Object) (uint64, error) {
	b, err := bigOf(a)
	if err != nil {
		return 0, err
	}
	switch {
	case b.Sign() < 0:
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	case !b.IsUint64():
		return 0, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	return b.Uint64(), nil
}

// asUintMask is an unsigned int taken modulo 2**32, as CPython's "I" format does.
func asUintMask(a py.Object) (uint32, error) {
	b, err := bigOf(a)
	if err != nil {
		return 0, err
	}
	m := new(big.Int).And(b, big.NewInt(math.MaxUint32))
	return uint32(m.Uint64()), nil
}

// conv converts one int argument.
type conv func(py.Object) (int, error)

// asLongInt and asSsizeInt are asLong and asSsize as a Go int (64 bits).
func asLongInt(a py.Object) (int, error) {
	n, err := asLong(a)
	return int(n), err
}

func asSsizeInt(a py.Object) (int, error) {
	n, err := asSsize(a)
	return int(n), err
}

// ssizeCast is a Py_ssize_t that CPython then casts to a C int (os.kill's signal).
func ssizeCast(a py.Object) (int, error) {
	n, err := asSsize(a)
	return int(int32(n)), err
}

// intPair converts two C int arguments.
func intPair(a, b py.Object) (int, int, error) {
	x, err := asInt(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := asInt(b)
	return x, y, err
}
