package objects

import (
	"bytes"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Equal reports whether a == b with CPython's semantics, as containers use it: identical
// objects are equal (so a dict finds a key object that is not equal to itself), numbers compare
// by value across int, float and bool, str/bytes/tuple/list/dict/set compare by content, and any
// other object is asked through __eq__ (py.I__eq__ or its type), then reflected, then identity.
func Equal(a, b py.Object) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	res, err := richEq(a, b)
	if err != nil {
		return false, err
	}
	return truth(res)
}

// truth converts the result of a rich comparison into a Go bool (bool(res)).
func truth(res py.Object) (bool, error) { return compiler.Truth(res) }

// identical reports whether a and b are the same object (Python's "is") for the kinds of Go
// values where identity is observable; value-typed objects are never identical, which is safe
// because their equality is decided by value.
func identical(a, b py.Object) bool {
	switch a.(type) {
	case py.Int, py.String, py.Float, py.Bool, py.Tuple, py.Bytes:
		return false
	case *py.List:
		bl, ok := b.(*py.List)
		return ok && a.(*py.List) == bl
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Type() != rb.Type() {
		return false
	}
	switch ra.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return ra.Pointer() == rb.Pointer()
	case reflect.Struct:
		return ra.NumField() == 0 // None, Ellipsis, NotImplemented
	}
	return false
}

// sameRef reports whether a and b are the very same Go value (the same pointer, or the same
// slice of a tuple), without the panic of == on uncomparable dynamic types.
func sameRef(a, b py.Object) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Type() != rb.Type() {
		return false
	}
	if ra.Kind() == reflect.Slice {
		return ra.Pointer() == rb.Pointer() && ra.Len() == rb.Len()
	}
	if ra.Comparable() {
		return a == b
	}
	return false
}

// numKind classifies numbers: 0 not a number, 1 integral (int, bool, big int), 2 float,
// 3 complex.
func numKind(x py.Object) int {
	switch x.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return 1
	case py.Float:
		return 2
	case py.Complex:
		return 3
	}
	return 0
}

func toBig(x py.Object) *big.Int {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *py.BigInt:
		return (*big.Int)(v)
	}
	return nil
}

func toInt64(x py.Object) (int64, bool) {
	switch v := x.(type) {
	case py.Int:
		return int64(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *py.BigInt:
		if (*big.Int)(v).IsInt64() {
			return (*big.Int)(v).Int64(), true
		}
	}
	return 0, false
}

// numCmp compares two real numbers exactly (no rounding of big ints to float); unordered is
// true when a NaN is involved.
func numCmp(a, b py.Object) (c int, unordered bool) {
	ka, kb := numKind(a), numKind(b)
	if ka == 1 && kb == 1 {
		x, okx := toInt64(a)
		y, oky := toInt64(b)
		if okx && oky {
			return cmp3(x < y, x > y), false
		}
		return toBig(a).Cmp(toBig(b)), false
	}
	if ka == 2 && kb == 2 {
		x, y := float64(a.(py.Float)), float64(b.(py.Float))
		if math.IsNaN(x) || math.IsNaN(y) {
			return 0, true
		}
		return cmp3(x < y, x > y), false
	}
	if ka == 2 {
		c, u := numCmp(b, a)
		return -c, u
	}
	// a integral, b float
	f := float64(b.(py.Float))
	switch {
	case math.IsNaN(f):
		return 0, true
	case math.IsInf(f, 1):
		return -1, false
	case math.IsInf(f, -1):
		return 1, false
	}
	if x, ok := toInt64(a); ok && x > -(1<<53) && x < 1<<53 {
		fx := float64(x)
		return cmp3(fx < f, fx > f), false
	}
	bf := new(big.Float).SetInt(toBig(a))
	return bf.Cmp(big.NewFloat(f)), false
}

func cmp3(lt, gt bool) int {
	switch {
	case lt:
		return -1
	case gt:
		return 1
	}
	return 0
}

func numEq(a, b py.Object) bool {
	ka, kb := numKind(a), numKind(b)
	if ka == 3 || kb == 3 {
		ca, cb := toComplex(a), toComplex(b)
		return ca == cb
	}
	c, u := numCmp(a, b)
	return !u && c == 0
}

func toComplex(x py.Object) complex128 {
	switch v := x.(type) {
	case py.Complex:
		return complex128(v)
	case py.Float:
		return complex(float64(v), 0)
	}
	f, _ := new(big.Float).SetInt(toBig(x)).Float64()
	return complex(f, 0)
}

// richEq computes a == b and returns what Python's == would (usually a bool).
func richEq(a, b py.Object) (py.Object, error) {
	if numKind(a) != 0 && numKind(b) != 0 {
		return py.NewBool(numEq(a, b)), nil
	}
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return py.NewBool(x == y), nil
		}
	case py.Bytes:
		switch y := b.(type) {
		case py.Bytes:
			return py.NewBool(bytes.Equal(x, y)), nil
		case *ByteArray:
			return py.NewBool(bytes.Equal(x, y.b)), nil
		}
	case *ByteArray:
		switch y := b.(type) {
		case py.Bytes:
			return py.NewBool(bytes.Equal(x.b, y)), nil
		case *ByteArray:
			return py.NewBool(bytes.Equal(x.b, y.b)), nil
		}
	case py.Tuple:
		if y, ok := b.(py.Tuple); ok {
			return seqEq(x, y)
		}
	case *py.List:
		if y, ok := b.(*py.List); ok {
			return seqEq(x.Items, y.Items)
		}
	case *Dict:
		switch y := b.(type) {
		case *Dict:
			return dictEq(x, y)
		case py.StringDict:
			return dictEq(x, snapshot(y))
		}
	case py.StringDict:
		switch y := b.(type) {
		case *Dict:
			return dictEq(snapshot(x), y)
		case py.StringDict:
			return dictEq(snapshot(x), snapshot(y))
		}
	}
	if sa, ok := asSetTable(a); ok {
		if sb, ok := asSetTable(b); ok {
			return setEq(sa, sb)
		}
	}
	if ma, ok := a.(*py.BoundMethod); ok {
		// Bound methods are equal when they bind the same object to equal functions.
		if mb, ok := b.(*py.BoundMethod); ok {
			if !identical(ma.Self, mb.Self) {
				return py.False, nil
			}
			eq, err := Equal(ma.Method, mb.Method)
			return py.NewBool(eq), err
		}
	}
	if res, err := callCmp(a, "__eq__", b); res != nil || err != nil {
		return res, err
	}
	if res, err := callCmp(b, "__eq__", a); res != nil || err != nil {
		return res, err
	}
	return py.NewBool(identical(a, b)), nil
}

// richNe computes a != b.
func richNe(a, b py.Object) (py.Object, error) {
	if !builtinCompared(a) || !builtinCompared(b) {
		if res, err := callCmp(a, "__ne__", b); res != nil || err != nil {
			return res, err
		}
		if res, err := callCmp(b, "__ne__", a); res != nil || err != nil {
			return res, err
		}
	}
	res, err := richEq(a, b)
	if err != nil {
		return nil, err
	}
	if r, ok := res.(py.Bool); ok {
		return !r, nil
	}
	t, err := truth(res)
	return py.NewBool(!t), err
}

// builtinCompared reports whether richEq handles x's type itself.
func builtinCompared(x py.Object) bool {
	switch x.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex, py.String, py.Bytes, *ByteArray,
		py.Tuple, *py.List, *Dict, *Set, *FrozenSet, py.NoneType:
		return true
	}
	return false
}

// seqEq compares two sequences element-wise as CPython's list and tuple do.
func seqEq(x, y []py.Object) (py.Object, error) {
	if len(x) != len(y) {
		return py.False, nil
	}
	for i := range x {
		eq, err := Equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			return py.False, nil
		}
	}
	return py.True, nil
}

// callCmp calls the special comparison method name on x with other, through x's Go interface
// or a method in x's type; it returns nil, nil when x has none or it returned NotImplemented.
func callCmp(x py.Object, name string, other py.Object) (py.Object, error) {
	var res py.Object
	var err error
	found := true
	if t, isType := x.(*py.Type); isType {
		if meta := t.Type(); meta != nil && meta.IsSubtype(py.TypeType) {
			// x is a class: what compares it is its metaclass (type's __eq__ is identity),
			// never the __eq__ it defines for its instances.
			if meta == py.TypeType {
				return nil, nil
			}
			if m := meta.NativeGetAttrOrNil(name); m != nil {
				if r, e := py.Call(m, py.Tuple{x, other}, nil); e != nil || r != py.NotImplemented {
					return r, e
				}
			}
			return nil, nil
		}
		// gpython's own class instances are *py.Type values whose Go __eq__ is identity:
		// a method defined in the class comes first.
		if r, ok, e := py.TypeCall1(x, name, other); ok {
			if e != nil {
				return nil, e
			}
			if r == py.NotImplemented {
				return nil, nil
			}
			return r, nil
		}
		return nil, nil // its Go __eq__/__ne__ are identity stubs
	}
	switch name {
	case "__eq__":
		if I, ok := x.(py.I__eq__); ok {
			res, err = I.M__eq__(other)
		} else {
			found = false
		}
	case "__ne__":
		if I, ok := x.(py.I__ne__); ok {
			res, err = I.M__ne__(other)
		} else {
			found = false
		}
	case "__lt__":
		if I, ok := x.(py.I__lt__); ok {
			res, err = I.M__lt__(other)
		} else {
			found = false
		}
	case "__le__":
		if I, ok := x.(py.I__le__); ok {
			res, err = I.M__le__(other)
		} else {
			found = false
		}
	case "__gt__":
		if I, ok := x.(py.I__gt__); ok {
			res, err = I.M__gt__(other)
		} else {
			found = false
		}
	case "__ge__":
		if I, ok := x.(py.I__ge__); ok {
			res, err = I.M__ge__(other)
		} else {
			found = false
		}
	}
	if !found {
		var ok bool
		res, ok, err = py.TypeCall1(x, name, other)
		if !ok {
			return nil, nil
		}
	}
	if err != nil {
		return nil, err
	}
	if res == py.NotImplemented {
		return nil, nil
	}
	return res, nil
}
