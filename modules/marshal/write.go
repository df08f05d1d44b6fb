package marshal

import (
	"encoding/binary"
	"maps"
	"math"
	"math/big"
	"reflect"
	"slices"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// writer produces marshal data.
type writer struct {
	out     []byte
	version int
	depth   int
	refs    *refTable // nil below version 3
	// inCode is set while the constants of a code object are written: only there may a
	// constant that is not data be written (by its name).
	inCode bool
}

// refTable gives written objects their reference numbers (version 3 and above): str by
// value, other objects by identity (the address of their data, as pickle's memo).
type refTable struct {
	strs map[string]int32
	ptrs map[[2]uintptr]int32
	n    int32
	keep []py.Object // keeps the addresses in ptrs from being reused while writing
}

func newRefTable() *refTable {
	return &refTable{strs: map[string]int32{}, ptrs: map[[2]uintptr]int32{}}
}

// identity returns the key of a referable object other than a str.
func identity(obj py.Object) ([2]uintptr, bool) {
	switch o := obj.(type) {
	case py.Bytes:
		if len(o) == 0 {
			return [2]uintptr{}, false
		}
		return [2]uintptr{uintptr(unsafe.Pointer(&o[0])), uintptr(len(o))}, true
	case py.Tuple:
		if len(o) == 0 {
			return [2]uintptr{}, false
		}
		return [2]uintptr{uintptr(unsafe.Pointer(&o[0])), uintptr(len(o))}, true
	case py.StringDict:
		return [2]uintptr{reflect.ValueOf(o).Pointer(), 0}, true
	}
	v := reflect.ValueOf(obj)
	if v.Kind() == reflect.Pointer {
		return [2]uintptr{v.Pointer(), 0}, true
	}
	return [2]uintptr{}, false
}

// ref writes a reference when obj was written before and returns true; otherwise it
// numbers obj and returns the flag to add to its type code.
func (w *writer) ref(obj py.Object) (done bool, flag byte) {
	if w.refs == nil {
		return false, 0
	}
	t := w.refs
	if s, ok := obj.(py.String); ok {
		if n, ok := t.strs[string(s)]; ok {
			w.refTo(n)
			return true, 0
		}
		t.strs[string(s)] = t.n
		t.n++
		return false, flagRef
	}
	key, ok := identity(obj)
	if !ok {
		return false, 0
	}
	if n, ok := t.ptrs[key]; ok {
		w.refTo(n)
		return true, 0
	}
	t.ptrs[key] = t.n
	t.keep = append(t.keep, obj)
	t.n++
	return false, flagRef
}

func (w *writer) refTo(n int32) {
	w.out = append(w.out, typeRef)
	w.int32(n)
}

func (w *writer) int32(n int32) { w.out = binary.LittleEndian.AppendUint32(w.out, uint32(n)) }

func (w *writer) float64(f float64) {
	w.out = binary.LittleEndian.AppendUint64(w.out, math.Float64bits(f))
}

// size writes a length, which must fit in an int32 as in CPython.
func (w *writer) size(n int) error {
	if n > math.MaxInt32 {
		return py.ExceptionNewf(py.ValueError, "unmarshallable object")
	}
	w.int32(int32(n))
	return nil
}

func unmarshallable() error { return py.ExceptionNewf(py.ValueError, "unmarshallable object") }

// object writes obj (CPython's w_object).
func (w *writer) object(obj py.Object) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		return py.ExceptionNewf(py.ValueError, "object too deeply nested to marshal")
	}
	switch o := obj.(type) {
	case nil:
		w.out = append(w.out, typeNull)
		return nil
	case py.NoneType:
		w.out = append(w.out, typeNone)
		return nil
	case py.Bool:
		if o {
			w.out = append(w.out, typeTrue)
		} else {
			w.out = append(w.out, typeFalse)
		}
		return nil
	case py.EllipsisType:
		w.out = append(w.out, typeEllipsis)
		return nil
	case py.Int:
		if o >= math.MinInt32 && o <= math.MaxInt32 {
			w.out = append(w.out, typeInt)
			w.int32(int32(o))
			return nil
		}
		return w.long(big.NewInt(int64(o)))
	case *py.BigInt:
		return w.long((*big.Int)(o))
	case py.Float:
		return w.float(float64(o))
	case py.Complex:
		return w.complex(complex128(o))
	case *py.Type:
		if o == py.StopIteration {
			w.out = append(w.out, typeStopIter)
			return nil
		}
		return unmarshallable()
	}
	if name, ok := w.namedConst(obj); ok {
		w.out = append(w.out, typeGopyConst)
		return w.str(name, 0)
	}
	done, flag := w.ref(obj)
	if done {
		return nil
	}
	switch o := obj.(type) {
	case py.String:
		return w.str(string(o), flag)
	case py.Bytes:
		return w.bytes(o, flag)
	case *objects.ByteArray:
		return w.bytes(o.Bytes(), flag)
	case py.Tuple:
		if w.version >= 4 && len(o) < 256 {
			w.out = append(w.out, typeSmallTuple|flag, byte(len(o)))
		} else {
			w.out = append(w.out, typeTuple|flag)
			if err := w.size(len(o)); err != nil {
				return err
			}
		}
		return w.items(o)
	case *py.List:
		w.out = append(w.out, typeList|flag)
		if err := w.size(len(o.Items)); err != nil {
			return err
		}
		return w.items(o.Items)
	case *objects.Dict:
		w.out = append(w.out, typeDict|flag)
		for _, kv := range o.Items() {
			if err := w.items(kv[:]); err != nil {
				return err
			}
		}
		w.out = append(w.out, typeNull)
		return nil
	case py.StringDict:
		// gpython's own dicts (a module's globals) have no order: keys go sorted.
		w.out = append(w.out, typeDict|flag)
		for _, k := range slices.Sorted(maps.Keys(o)) {
			if err := w.items([]py.Object{py.String(k), o[k]}); err != nil {
				return err
			}
		}
		w.out = append(w.out, typeNull)
		return nil
	case *objects.Set:
		return w.set(typeSet|flag, o.Items())
	case *objects.FrozenSet:
		return w.set(typeFrozenSet|flag, o.Items())
	case *py.Code:
		w.out = append(w.out, typeGopyCode|flag)
		return w.code(o)
	}
	return unmarshallable()
}

// namedConst returns the name of a constant of code that is not data, when writing the
// constants of a code object.
func (w *writer) namedConst(obj py.Object) (string, bool) {
	if !w.inCode {
		return "", false
	}
	return constName(obj)
}

func (w *writer) items(items []py.Object) error {
	for _, x := range items {
		if err := w.object(x); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) set(code byte, items []py.Object) error {
	w.out = append(w.out, code)
	if err := w.size(len(items)); err != nil {
		return err
	}
	return w.items(items)
}

// str writes s: as a short or long ASCII string from version 4 on, else as UTF-8.
func (w *writer) str(s string, flag byte) error {
	if w.version >= 4 && isASCII(s) {
		if len(s) < 256 {
			w.out = append(w.out, typeShortASCII|flag, byte(len(s)))
		} else {
			w.out = append(w.out, typeASCII|flag)
			if err := w.size(len(s)); err != nil {
				return err
			}
		}
		w.out = append(w.out, s...)
		return nil
	}
	w.out = append(w.out, typeUnicode|flag)
	if err := w.size(len(s)); err != nil {
		return err
	}
	w.out = append(w.out, s...)
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (w *writer) bytes(b []byte, flag byte) error {
	w.out = append(w.out, typeString|flag)
	if err := w.size(len(b)); err != nil {
		return err
	}
	w.out = append(w.out, b...)
	return nil
}

// long writes an int beyond 32 bits as CPython does: its magnitude in base 2**15 digits,
// least significant first, the count negative for a negative number.
func (w *writer) long(x *big.Int) error {
	var digits []uint16
	m := new(big.Int).Abs(x)
	mask := big.NewInt(1<<15 - 1)
	for m.Sign() > 0 {
		digits = append(digits, uint16(new(big.Int).And(m, mask).Uint64()))
		m.Rsh(m, 15)
	}
	n := int32(len(digits))
	if x.Sign() < 0 {
		n = -n
	}
	w.out = append(w.out, typeLong)
	w.int32(n)
	for _, d := range digits {
		w.out = binary.LittleEndian.AppendUint16(w.out, d)
	}
	return nil
}

// float writes f in binary from version 2 on, else as its repr.
func (w *writer) float(f float64) error {
	if w.version > 1 {
		w.out = append(w.out, typeBinaryFloat)
		w.float64(f)
		return nil
	}
	w.out = append(w.out, typeFloat)
	return w.floatText(f)
}

func (w *writer) complex(c complex128) error {
	if w.version > 1 {
		w.out = append(w.out, typeBinaryComplex)
		w.float64(real(c))
		w.float64(imag(c))
		return nil
	}
	w.out = append(w.out, typeComplex)
	if err := w.floatText(real(c)); err != nil {
		return err
	}
	return w.floatText(imag(c))
}

// floatText writes the repr of f after a one-byte length (versions 0 and 1).
func (w *writer) floatText(f float64) error {
	s, err := py.ReprAsString(py.Float(f))
	if err != nil {
		return err
	}
	w.out = append(w.out, byte(len(s)))
	w.out = append(w.out, s...)
	return nil
}
