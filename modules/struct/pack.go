package pystruct

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// intArg returns x as a big integer (through __index__), or struct.error.
func intArg(x py.Object) (*big.Int, error) {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v)), nil
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *py.BigInt:
		return (*big.Int)(v), nil
	case py.Float:
		return nil, errorf("required argument is not an integer")
	}
	if _, ok := x.(py.I__index__); !ok {
		if _, err := py.GetAttrString(x, "__index__"); err != nil {
			return nil, errorf("required argument is not an integer")
		}
	}
	i, err := py.Index(x)
	if err != nil {
		return nil, errorf("required argument is not an integer")
	}
	return big.NewInt(int64(i)), nil
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// checkInt applies CPython's range rules for integer code c of the given size; native says
// whether CPython packs it with its native routine (always for '@'; for '<' and '=' on a
// little-endian machine where the standard size is the native one), whose messages differ.
func checkInt(n *big.Int, c byte, size int, native bool) (uint64, error) {
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	outOfRange := errorf("argument out of range")
	var lo, hi int64
	var uhi uint64
	if signed {
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return 0, outOfRange
		}
		v := n.Int64()
		if size == 8 {
			return uint64(v), nil
		}
		hi = int64(1)<<(8*size-1) - 1
		lo = -hi - 1
		if v < lo || v > hi {
			switch {
			case c == 'b':
				return 0, errorf("byte format requires -128 <= number <= 127")
			case c == 'h' && native:
				return 0, errorf("short format requires -32768 <= number <= 32767")
			}
			return 0, errorf("'%c' format requires %d <= number <= %d", c, lo, hi)
		}
		return uint64(v), nil
	}
	// B, and H where the native routine serves, read the value as a C long first; the
	// others as unsigned long.
	viaLong := c == 'B' || (c == 'H' && native)
	if viaLong {
		if n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0 {
			return 0, outOfRange
		}
	} else if n.Sign() < 0 || n.Cmp(maxUint64) > 0 {
		return 0, outOfRange
	}
	if size == 8 {
		return n.Uint64(), nil
	}
	uhi = uint64(1)<<(8*size) - 1
	if n.Sign() < 0 || n.Cmp(new(big.Int).SetUint64(uhi)) > 0 {
		switch {
		case c == 'B':
			return 0, errorf("ubyte format requires 0 <= number <= 255")
		case c == 'H' && native:
			return 0, errorf("ushort format requires 0 <= number <= 65535")
		}
		return 0, errorf("'%c' format requires 0 <= number <= %d", c, uhi)
	}
	return n.Uint64(), nil
}

func floatArg(x py.Object) (float64, error) {
	switch v := x.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if _, err := py.GetAttrString(x, "__float__"); err != nil {
		return 0, errorf("required argument is not a float")
	}
	f, err := py.MakeFloat(x)
	if err != nil {
		return 0, err
	}
	return float64(f.(py.Float)), nil
}

func bytesArg(x py.Object) ([]byte, bool) {
	switch v := x.(type) {
	case py.Bytes:
		return v, true
	case *objects.ByteArray:
		return v.Bytes(), true
	}
	return nil, false
}

func (l *layout) putUint(b []byte, size int, v uint64) {
	for i := 0; i < size; i++ {
		shift := uint(8 * i)
		if l.little {
			b[i] = byte(v >> shift)
		} else {
			b[size-1-i] = byte(v >> shift)
		}
	}
}

func (l *layout) getUint(b []byte, size int) uint64 {
	var v uint64
	for i := 0; i < size; i++ {
		var x byte
		if l.little {
			x = b[i]
		} else {
			x = b[size-1-i]
		}
		v |= uint64(x) << uint(8*i)
	}
	return v
}

// packInto writes values into buf (len(buf) == l.size).
func (l *layout) packInto(buf []byte, values py.Tuple) error {
	if len(values) != l.nargs {
		return errorf("pack expected %d items for packing (got %d)", l.nargs, len(values))
	}
	k := 0
	for _, it := range l.items {
		for j := 0; j < it.count; j++ {
			v := values[k]
			k++
			b := buf[it.offset+j*it.size:]
			if err := l.packOne(b, it, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (l *layout) packOne(b []byte, it item, v py.Object) error {
	switch it.code {
	case 'c':
		data, ok := bytesArg(v)
		if !ok || len(data) != 1 {
			return errorf("char format requires a bytes object of length 1")
		}
		b[0] = data[0]
	case 's', 'p':
		data, ok := bytesArg(v)
		if !ok {
			return errorf("argument for '%c' must be a bytes object", it.code)
		}
		field := b[:it.size]
		if it.code == 'p' {
			if it.size == 0 {
				return nil
			}
			n := len(data)
			if n > it.size-1 {
				n = it.size - 1
			}
			if n > 255 {
				n = 255
			}
			field[0] = byte(n)
			copy(field[1:], data[:n])
			return nil
		}
		copy(field, data)
	case '?':
		t, err := py.MakeBool(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t == py.True {
			b[0] = 1
		}
	case 'f', 'd', 'e':
		f, err := floatArg(v)
		if err != nil {
			return err
		}
		return l.packFloat(b, it.code, f)
	default:
		n, err := intArg(v)
		if err != nil {
			return err
		}
		native := l.native || (l.little && it.code != 'l' && it.code != 'L')
		u, err := checkInt(n, it.code, it.size, native)
		if err != nil {
			return err
		}
		l.putUint(b, it.size, u)
	}
	return nil
}

func (l *layout) packFloat(b []byte, c byte, f float64) error {
	switch c {
	case 'd':
		l.putUint(b, 8, math.Float64bits(f))
	case 'f':
		g := float32(f)
		if !l.native && math.IsInf(float64(g), 0) && !math.IsInf(f, 0) {
			return py.ExceptionNewf(py.OverflowError, "float too large to pack with f format")
		}
		l.putUint(b, 4, uint64(math.Float32bits(g)))
	case 'e':
		h, ok := toHalf(f)
		if !ok {
			return py.ExceptionNewf(py.OverflowError, "float too large to pack with e format")
		}
		l.putUint(b, 2, uint64(h))
	}
	return nil
}

// unpack reads values from buf (len(buf) == l.size).
func (l *layout) unpack(buf []byte) py.Tuple {
	out := make(py.Tuple, 0, l.nargs)
	for _, it := range l.items {
		for j := 0; j < it.count; j++ {
			b := buf[it.offset+j*it.size:]
			out = append(out, l.unpackOne(b, it))
		}
	}
	return out
}

func (l *layout) unpackOne(b []byte, it item) py.Object {
	switch it.code {
	case 'c':
		return py.Bytes{b[0]}
	case 's':
		return py.Bytes(append([]byte(nil), b[:it.size]...))
	case 'p':
		if it.size == 0 {
			return py.Bytes{}
		}
		n := int(b[0])
		if n > it.size-1 {
			n = it.size - 1
		}
		return py.Bytes(append([]byte(nil), b[1:1+n]...))
	case '?':
		return py.NewBool(b[0] != 0)
	case 'd':
		return py.Float(math.Float64frombits(l.getUint(b, 8)))
	case 'f':
		return py.Float(float64(math.Float32frombits(uint32(l.getUint(b, 4)))))
	case 'e':
		return py.Float(fromHalf(uint16(l.getUint(b, 2))))
	}
	u := l.getUint(b, it.size)
	switch it.code {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := uint(64 - 8*it.size)
		return py.Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return (*py.BigInt)(new(big.Int).SetUint64(u))
	}
	return py.Int(int64(u))
}
