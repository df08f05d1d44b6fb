package pickle

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// memoID is the identity of an object: CPython's "is". Go pointers, and the data pointer
// and length of slices and strings, stand in for CPython object identity. Strings CPython
// interns, and values without identity (complex numbers, singletons that are Go structs),
// are keyed by value.
type memoID struct {
	ptr  uint64
	meta uint64 // length << 8 | kind: two words without padding hash fast
}

func mkID(kind uint8, ptr uintptr, n int) memoID {
	return memoID{ptr: uint64(ptr), meta: uint64(n)<<8 | uint64(kind)}
}

func (id memoID) kind() uint8 { return uint8(id.meta) }

const (
	idNone uint8 = iota
	idPtr
	idStr
	idBytes
	idTuple
	idEmptyStr
	idEmptyBytes
	idEmptyTuple
)

// identity returns obj's identity: an address-based id, or (kind 0) an interned string or
// another value to key by value; ok is false for objects that have none.
func identity(obj py.Object) (id memoID, str string, val any, ok bool) {
	switch o := obj.(type) {
	case py.String:
		if len(o) == 0 {
			return mkID(idEmptyStr, 0, 0), "", nil, true
		}
		if interned(string(o)) {
			return memoID{}, string(o), nil, true
		}
		return mkID(idStr, uintptr(unsafe.Pointer(unsafe.StringData(string(o)))), len(o)), "", nil, true
	case py.Bytes:
		if len(o) == 0 {
			return mkID(idEmptyBytes, 0, 0), "", nil, true
		}
		return mkID(idBytes, uintptr(unsafe.Pointer(&o[0])), len(o)), "", nil, true
	case py.Tuple:
		if len(o) == 0 {
			return mkID(idEmptyTuple, 0, 0), "", nil, true
		}
		return mkID(idTuple, uintptr(unsafe.Pointer(&o[0])), len(o)), "", nil, true
	case *py.List:
		return mkID(idPtr, uintptr(unsafe.Pointer(o)), 0), "", nil, true
	case *py.Type:
		return mkID(idPtr, uintptr(unsafe.Pointer(o)), 0), "", nil, true
	case py.Complex, py.NoneType, py.EllipsisType, py.Int, py.Float, py.Bool:
		return memoID{}, "", obj, true
	}
	v := reflect.ValueOf(obj)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return mkID(idPtr, v.Pointer(), 0), "", nil, true
	case reflect.Slice:
		if v.Len() == 0 {
			return memoID{}, "", v.Type().String() + "[]", true
		}
		return mkID(idPtr, v.Pointer(), v.Len()), "", nil, true
	case reflect.Struct:
		if v.NumField() == 0 {
			return memoID{}, "", obj, true
		}
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return memoID{}, "", obj, true
	}
	return memoID{}, "", nil, false
}

// identical reports whether a and b are the same object (Python's "is").
func identical(a, b py.Object) bool {
	ia, sa, va, oka := identity(a)
	ib, sb, vb, okb := identity(b)
	if !oka || !okb || ia != ib || sa != sb {
		return false
	}
	if ia.kind() != idNone {
		return true
	}
	if va == nil || vb == nil {
		return va == nil && vb == nil && sa != ""
	}
	return reflect.TypeOf(va) == reflect.TypeOf(vb) && va == vb
}

// memoTable is the pickler's memo: object identity to memo index. It holds the objects so
// that their addresses are not reused while it lives.
//
// A memo may lie over another (under), frozen: the entries below come first (this
// table's indices start at under.len()) and are found through it, so that a pickler is
// cloned without copying a memo of a million entries (see layer).
type memoTable struct {
	ids  map[memoID]int
	strs map[string]int
	vals map[any]int
	keep []py.Object
	// aliased are the objects alias recorded, with their entries (their addresses are
	// keys too).
	aliased []memoAlias
	under   *memoTable
	base    int // under.len()
}

type memoAlias struct {
	obj py.Object
	idx int
}

func newMemoTable() *memoTable {
	return &memoTable{ids: make(map[memoID]int, 64), strs: make(map[string]int, 16)}
}

func (m *memoTable) get(obj py.Object) (int, bool) {
	id, s, v, ok := identity(obj)
	if !ok {
		return 0, false
	}
	for t := m; t != nil; t = t.under {
		var idx int
		switch {
		case id.kind() != idNone:
			idx, ok = t.ids[id]
		case v == nil:
			idx, ok = t.strs[s]
		default:
			idx, ok = t.vals[v]
		}
		if ok {
			return idx, true
		}
	}
	return 0, false
}

// put records obj with the next index and returns it; objects without identity still take
// an index, so that later indices match CPython's.
func (m *memoTable) put(obj py.Object) int {
	idx := m.len()
	m.keep = append(m.keep, obj)
	m.set(obj, idx)
	return idx
}

// set makes obj find entry idx; it reports whether obj has an identity to be found by.
func (m *memoTable) set(obj py.Object, idx int) bool {
	id, s, v, ok := identity(obj)
	switch {
	case !ok:
		return false
	case id.kind() != idNone:
		m.ids[id] = idx
	case v == nil:
		m.strs[s] = idx
	default:
		if m.vals == nil {
			m.vals = map[any]int{}
		}
		m.vals[v] = idx
	}
	return true
}

// alias makes obj find the memo entry idx (an object saved in its place).
func (m *memoTable) alias(obj py.Object, idx int) {
	if m.set(obj, idx) {
		m.aliased = append(m.aliased, memoAlias{obj, idx})
	}
}

// len returns how many objects the memo holds.
func (m *memoTable) len() int { return m.base + len(m.keep) }

// truncate forgets the objects recorded after the first n, and the aliases of them (those
// of this table: the table under it is frozen, and n is never below it).
func (m *memoTable) truncate(n int) {
	n = max(n, m.base)
	for _, obj := range m.keep[n-m.base:] {
		m.forget(obj)
	}
	clear(m.keep[n-m.base:])
	m.keep = m.keep[:n-m.base]
	kept := m.aliased[:0]
	for _, a := range m.aliased {
		if a.idx < n {
			kept = append(kept, a)
		} else if i, ok := m.get(a.obj); ok && i == a.idx {
			m.forget(a.obj)
		}
	}
	clear(m.aliased[len(kept):])
	m.aliased = kept
}

// forget removes obj's entry.
func (m *memoTable) forget(obj py.Object) {
	id, s, v, ok := identity(obj)
	switch {
	case !ok:
	case id.kind() != idNone:
		delete(m.ids, id)
	case v == nil:
		delete(m.strs, s)
	default:
		delete(m.vals, v)
	}
}

// frozen returns a table holding what m holds that nobody writes to again: m itself when
// it has nothing of its own over the table under it, else m, which its owner must then
// stop writing to.
func (m *memoTable) frozen() *memoTable {
	if len(m.keep) == 0 && len(m.aliased) == 0 && m.under != nil {
		return m.under
	}
	return m
}

// layer returns an empty table over frozen.
func layer(frozen *memoTable) *memoTable {
	t := newMemoTable()
	t.under, t.base = frozen, frozen.len()
	return t
}

func (p *Pickler) memoGet(obj py.Object) (int, bool) { return p.memo.get(obj) }

// memoPut records obj in the memo and writes the opcode that stores it.
func (p *Pickler) memoPut(obj py.Object) {
	if p.Fast {
		return
	}
	idx := p.memo.put(obj)
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

// interned reports whether CPython always holds s as one shared object: strings of one
// Latin-1 character are singletons. Such strings are memoized by value, all others by
// identity (CPython also interns identifier-like constants across code objects and
// attribute names; gopy's compiler and object model would have to do the same for the
// memo to see those as one object).
func interned(s string) bool {
	return len(s) == 1 || len(s) == 2 && s[0] >= 0xc2 && s[0] <= 0xc3
}
