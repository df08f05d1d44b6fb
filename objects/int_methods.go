package objects

import (
	"math/big"
	"math/bits"

	"github.com/go-python/gpython/py"
)

// int's bit_length, bit_count, to_bytes and from_bytes, which gpython's int lacks
// (random's _randbelow, randbytes and scripts packing numbers use them).

// bigOf returns an int (small, big or bool) as a big.Int.
func bigOf(x py.Object) (*big.Int, bool) {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return (*big.Int)(v), true
	}
	return nil, false
}

func toIntObjBig(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(n))
}

func byteorderArg(name string, o py.Object) (little bool, err error) {
	s, ok := o.(py.String)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "%s() argument 'byteorder' must be str, not %s", name, o.Type().Name)
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
}

func intToBytes(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	n, _ := bigOf(self)
	var length, order, signed py.Object = py.Int(1), py.String("big"), py.False
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "to_bytes() takes at most 2 positional arguments (%d given)", len(args))
	}
	if err := parseArgs("to_bytes", args, kw, []string{"length", "byteorder", "signed"}, 2, 0, &length, &order, &signed); err != nil {
		return nil, err
	}
	l, err := py.Index(length)
	if err != nil {
		return nil, err
	}
	if l < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
	}
	little, err := byteorderArg("to_bytes", order)
	if err != nil {
		return nil, err
	}
	isSigned, err := py.MakeBool(signed)
	if err != nil {
		return nil, err
	}
	v := new(big.Int).Set(n)
	bitsAvail := uint(8 * l)
	if isSigned == py.True {
		limit := new(big.Int).Lsh(big.NewInt(1), bitsAvail)
		half := new(big.Int).Rsh(limit, 1)
		if v.Cmp(half) >= 0 || v.Cmp(new(big.Int).Neg(half)) < 0 {
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		if v.Sign() < 0 {
			v.Add(v, limit)
		}
	} else if v.Sign() < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	} else if v.BitLen() > int(bitsAvail) {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	b := v.Bytes()
	out := make([]byte, int(l))
	copy(out[int(l)-len(b):], b)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

func intFromBytes(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var data, order, signed py.Object = nil, py.String("big"), py.False
	if err := parseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "signed"}, 2, 1, &data, &order, &signed); err != nil {
		return nil, err
	}
	little, err := byteorderArg("from_bytes", order)
	if err != nil {
		return nil, err
	}
	var b []byte
	switch v := data.(type) {
	case py.Bytes:
		b = append([]byte(nil), v...)
	case *ByteArray:
		b = append([]byte(nil), v.Bytes()...)
	default:
		items, err := toSlice(data)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", data.Type().Name)
		}
		for _, it := range items {
			i, ok := it.(py.Int)
			if !ok || i < 0 || i > 255 {
				return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(i))
		}
	}
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	n := new(big.Int).SetBytes(b)
	if isSigned, err := py.MakeBool(signed); err != nil {
		return nil, err
	} else if isSigned == py.True && len(b) > 0 && b[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return toIntObjBig(n), nil
}

func init() {
	defs := []methodDef{
		method("bit_length", "Number of bits necessary to represent self in binary.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "bit_length", args); err != nil {
				return nil, err
			}
			n, _ := bigOf(self)
			return py.Int(new(big.Int).Abs(n).BitLen()), nil
		}),
		method("bit_count", "Number of ones in the binary representation of the absolute value of self.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "bit_count", args); err != nil {
				return nil, err
			}
			n, _ := bigOf(self)
			c := 0
			for _, w := range new(big.Int).Abs(n).Bits() {
				c += bits.OnesCount64(uint64(w))
			}
			return py.Int(c), nil
		}),
		method("to_bytes", "Return an array of bytes representing an integer.", intToBytes),
	}
	addMethods(py.IntType, defs...)
	addMethods(py.BigIntType, defs...)
	fromBytes := py.MustNewMethod("from_bytes", intFromBytes, py.METH_STATIC, "Return the integer represented by the given array of bytes.")
	py.IntType.Dict["from_bytes"] = fromBytes
	py.BigIntType.Dict["from_bytes"] = fromBytes
}
