package objects

import (
	"bytes"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/memlimit"
)

// repeatCount is n of bytearray * n: an int or an object with __index__ (negative counts
// as 0); ok is false for anything else.
func repeatCount(n py.Object) (count int, ok bool, err error) {
	if _, isInt := n.(py.Int); !isInt {
		if _, has := n.(py.I__index__); !has {
			if _, err := py.GetAttrString(n, "__index__"); err != nil {
				return 0, false, nil
			}
		}
	}
	count, err = py.IndexInt(n)
	if err != nil {
		if _, big := n.(*py.BigInt); big {
			err = py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return 0, true, err
	}
	return max(count, 0), true, nil
}

// repeated returns a's bytes repeated count times, MemoryError past what can be allocated.
func (a *ByteArray) repeated(count int) ([]byte, error) {
	if err := memlimit.Check(count, len(a.b)); err != nil {
		return nil, err
	}
	return bytes.Repeat(a.b, count), nil
}

// M__mul__ implements a * n.
func (a *ByteArray) M__mul__(n py.Object) (py.Object, error) {
	count, ok, err := repeatCount(n)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	b, err := a.repeated(count)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

// M__rmul__ implements n * a.
func (a *ByteArray) M__rmul__(n py.Object) (py.Object, error) { return a.M__mul__(n) }

// M__imul__ implements a *= n, in place.
func (a *ByteArray) M__imul__(n py.Object) (py.Object, error) {
	count, ok, err := repeatCount(n)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	if err := a.checkResize(); err != nil {
		return nil, err
	}
	b, err := a.repeated(count)
	if err != nil {
		return nil, err
	}
	a.b = b
	return a, nil
}
