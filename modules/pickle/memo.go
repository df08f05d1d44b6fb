package pickle

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// memoID is the identity of an object: CPython's "is". Go pointers, and the data pointer and
// length of slices and strings, stand in for CPython object identity; values without
// identity (complex numbers, singletons that are Go structs) are keyed by value.
type memoID struct {
	kind uint8
	ptr  uintptr
	n    int
	val  any
}

const (
	idNone uint8 = iota
	idPtr
	idStr
	idBytes
	idTuple
	idValue
	idEmptyStr
	idEmptyBytes
	idEmptyTuple
)

// memoKey returns the identity of obj; ok is false for objects that have none.
func memoKey(obj py.Object) (memoID, bool) {
	switch o := obj.(type) {
	case py.String:
		if len(o) == 0 {
			return memoID{kind: idEmptyStr}, true
		}
		if interned(string(o)) {
			return memoID{kind: idValue, val: obj}, true
		}
		return memoID{kind: idStr, ptr: uintptr(unsafe.Pointer(unsafe.StringData(string(o)))), n: len(o)}, true
	case py.Bytes:
		if len(o) == 0 {
			return memoID{kind: idEmptyBytes}, true
		}
		return memoID{kind: idBytes, ptr: uintptr(unsafe.Pointer(&o[0])), n: len(o)}, true
	case py.Tuple:
		if len(o) == 0 {
			return memoID{kind: idEmptyTuple}, true
		}
		return memoID{kind: idTuple, ptr: uintptr(unsafe.Pointer(&o[0])), n: len(o)}, true
	case *py.List:
		return memoID{kind: idPtr, ptr: uintptr(unsafe.Pointer(o))}, true
	case *py.Type:
		return memoID{kind: idPtr, ptr: uintptr(unsafe.Pointer(o))}, true
	case py.Complex, py.NoneType, py.EllipsisType, py.Int, py.Float, py.Bool:
		return memoID{kind: idValue, val: obj}, true
	}
	v := reflect.ValueOf(obj)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return memoID{kind: idPtr, ptr: v.Pointer()}, true
	case reflect.Slice:
		if v.Len() == 0 {
			return memoID{kind: idValue, val: v.Type().String() + "[]"}, true
		}
		return memoID{kind: idPtr, ptr: v.Pointer(), n: v.Len()}, true
	case reflect.Struct:
		if v.NumField() == 0 {
			return memoID{kind: idValue, val: obj}, true
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return memoID{kind: idValue, val: obj}, true
	}
	return memoID{}, false
}

// identical reports whether a and b are the same object (Python's "is").
func identical(a, b py.Object) bool {
	ka, oka := memoKey(a)
	kb, okb := memoKey(b)
	return oka && okb && ka == kb
}

func (p *Pickler) memoGet(obj py.Object) (int, bool) {
	k, ok := memoKey(obj)
	if !ok {
		return 0, false
	}
	e, ok := p.memo[k]
	return e.idx, ok
}

// memoPut records obj in the memo and writes the opcode that stores it.
func (p *Pickler) memoPut(obj py.Object) {
	if p.Fast {
		return
	}
	k, ok := memoKey(obj)
	idx := len(p.memo)
	if !ok {
		// No identity: still consume an index so later indices match CPython.
		k = memoID{kind: idPtr, ptr: uintptr(unsafe.Pointer(&memoEntry{})), n: -1}
	}
	p.memo[k] = memoEntry{idx, obj}
	switch {
	case p.proto >= 4:
		p.write(opMemoize)
	case p.proto >= 1:
		if idx < 256 {
			p.write(opBinPut, byte(idx))
		} else {
			p.write(opLongBinPut, byte(idx), byte(idx>>8), byte(idx>>16), byte(idx>>24))
		}
	default:
		p.writeString(fmt.Sprintf("p%d\n", idx))
	}
}

func (p *Pickler) writeMemoGet(idx int) {
	switch {
	case p.proto == 0:
		p.writeString(fmt.Sprintf("g%d\n", idx))
	case idx < 256:
		p.write(opBinGet, byte(idx))
	default:
		p.write(opLongBinGet, byte(idx), byte(idx>>8), byte(idx>>16), byte(idx>>24))
	}
}

// interned reports whether CPython would normally hold s as one shared object: strings of
// one Latin-1 character are singletons, and identifier-like strings are interned when they
// appear in code, as attribute names or as keyword names. Such strings are memoized by
// value; other strings by identity.
func interned(s string) bool {
	if len(s) == 1 || len(s) == 2 && s[0] >= 0xc2 && s[0] <= 0xc3 {
		return true
	}
	if len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
