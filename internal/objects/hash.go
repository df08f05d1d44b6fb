package objects

import (
	"math"
	"math/big"
	"math/bits"
	"reflect"

	"github.com/go-python/gpython/py"
)

// CPython's numeric hash parameters (Python/pyhash.c): hashes of numbers are their value
// reduced modulo the Mersenne prime 2**61 - 1, so equal numbers hash equal whatever their type.
const (
	hashBits    = 61
	hashModulus = (uint64(1) << hashBits) - 1
	hashInf     = 314159
)

var bigModulus = new(big.Int).SetUint64(hashModulus)

// Hash returns hash(x) as CPython computes it for numbers, tuples and None-like constants, and a
// stable hash for str and bytes (CPython randomises those). Other objects are asked through
// py.I__hash__ or a __hash__ in their type; mutable containers raise
// TypeError: unhashable type: 'list'. Objects without any of these hash by identity.
func Hash(x py.Object) (int64, error) {
	switch v := x.(type) {
	case py.Int:
		return hashInt64(int64(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return hashBig((*big.Int)(v)), nil
	case py.Float:
		return hashFloat(float64(v)), nil
	case py.Complex:
		re := hashFloat(real(complex128(v)))
		im := hashFloat(imag(complex128(v)))
		h := re + 1000003*im
		if h == -1 {
			h = -2
		}
		return h, nil
	case py.String:
		return hashStr(string(v)), nil
	case py.Bytes:
		return hashBytes(v), nil
	case py.Tuple:
		return hashTuple(v)
	case py.NoneType:
		return 0x5f4e6f6e65, nil
	case py.EllipsisType:
		return 0x456c6c, nil
	case *FrozenSet:
		return v.hash()
	case *py.Range:
		// CPython hashes a range as the tuple (len, start, step), with None for the parts
		// that do not matter when it is empty or has one element.
		switch v.Length {
		case 0:
			return hashTuple(py.Tuple{py.Int(0), py.None, py.None})
		case 1:
			return hashTuple(py.Tuple{py.Int(1), v.Start, py.None})
		}
		return hashTuple(py.Tuple{v.Length, v.Start, v.Step})
	case *py.List, *Dict, *Set, *py.Set, py.StringDict, *ByteArray, *dictView, *py.Slice:
		return 0, unhashable(x)
	case *py.BoundMethod:
		// CPython's: the identity of the instance mixed with the hash of the function.
		self, err := identityHash(v.Self)
		if err != nil {
			return 0, err
		}
		fn, err := Hash(v.Method)
		if err != nil {
			return 0, err
		}
		h := self ^ fn
		if h == -1 {
			h = -2
		}
		return h, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return 0, err
		}
		if _, writable := v.obj.(*ByteArray); writable {
			return 0, py.ExceptionNewf(py.ValueError, "cannot hash writable memoryview object")
		}
		return hashBytes(v.bytes()), nil
	}
	if I, ok := x.(py.I__hash__); ok {
		return hashResult(I.M__hash__())
	}
	if res, ok, err := typeCall(x, "__hash__"); ok {
		return hashResult(res, err)
	}
	return identityHash(x)
}

func unhashable(x py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", x.Type().Name)
}

// hashResult converts what a __hash__ method returned into a hash value, as CPython does
// (a big int result is itself hashed; a non-int is a TypeError).
func hashResult(res py.Object, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	switch r := res.(type) {
	case py.Int:
		if r == -1 {
			return -2, nil
		}
		return int64(r), nil
	case py.Bool:
		return Hash(r)
	case *py.BigInt:
		return hashBig((*big.Int)(r)), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
}

// identityHash hashes an object by its address, like CPython's default object.__hash__.
func identityHash(x py.Object) (int64, error) {
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		p := uint64(rv.Pointer())
		return int64(p>>4 | p<<60), nil
	case reflect.Slice, reflect.Map:
		return 0, unhashable(x)
	}
	if rv.Comparable() {
		return int64(siphash13(x.Type().Name) >> 2), nil
	}
	return 0, unhashable(x)
}

func hashInt64(v int64) int64 {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	u %= hashModulus
	h := int64(u)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBig(v *big.Int) int64 {
	if v.IsInt64() {
		return hashInt64(v.Int64())
	}
	m := new(big.Int).Abs(v)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if v.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble: an integral float hashes like the int.
func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return hashInf
	case math.IsInf(v, -1):
		return -hashInf
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashBytes is CPython 3.11's hash of bytes: SipHash-1-3 with the all-zero key that
// PYTHONHASHSEED=0 selects, so sets of str and bytes iterate in the order CPython gives
// them with that setting (the goldens' setting; unseeded CPython orders them at random).
func hashBytes(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	r := int64(siphash13(b))
	if r == -1 {
		r = -2
	}
	return r
}

// hashStr hashes a str as CPython does: its code points in the narrowest of 1, 2 or 4
// bytes each (little-endian), the representation CPython stores.
func hashStr(s string) int64 {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		if len(s) == 0 {
			return 0
		}
		r := int64(siphash13(s))
		if r == -1 {
			r = -2
		}
		return r
	}
	kind := 1
	for _, r := range s {
		if r > 0xffff {
			kind = 4
			break
		}
		if r > 0xff {
			kind = 2
		}
	}
	buf := make([]byte, 0, len(s)*kind)
	for _, r := range s {
		switch kind {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = append(buf, byte(r), byte(r>>8))
		default:
			buf = append(buf, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return hashBytes(buf)
}

// siphash13 is SipHash with one compression and three finalization rounds, key 0.
func siphash13[T string | []byte](b T) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	last := uint64(len(b)) << 56
	for len(b) >= 8 {
		m := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		v3 ^= m
		round()
		v0 ^= m
		b = b[8:]
	}
	for i := 0; i < len(b); i++ {
		last |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// hashTuple is CPython 3.8+'s xxHash-based tuple hash, so hash((1, 2)) matches CPython.
func hashTuple(t py.Tuple) (int64, error) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, item := range t {
		lane, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}
