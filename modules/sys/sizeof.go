package sys

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// getSizeOf is sys.getsizeof(object[, default]). gopy's objects are Go values whose sizes
// say little to a Python user, so it answers what CPython 3.11 on 64-bit Linux answers for
// the same value, computed from its length the way CPython lays the object out (str by
// its widest character, containers by their slots, with the 16-byte GC header of the
// objects that have one); an object whose class defines __sizeof__ reports that, plus the
// headers. A list's over-allocation follows CPython's growth by appends.
func getSizeOf(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("getsizeof", args, kwargs, []string{"object", "default"}, 0, 2, 1)
	if err != nil {
		return nil, err
	}
	obj := a[0]
	t := classes.TypeOf(obj)
	if m := classes.Lookup(t, "__sizeof__"); m != nil {
		if _, user := m.(*py.Function); user {
			return userSizeOf(obj)
		}
	}
	return py.Int(builtinSize(obj)), nil
}

// userSizeOf is __sizeof__() of an instance of a class defining it, with the GC header
// and, for an instance with a __dict__, the dict pointer's pre-header.
func userSizeOf(obj py.Object) (py.Object, error) {
	fn, err := py.GetAttrString(obj, "__sizeof__")
	if err != nil {
		return nil, err
	}
	res, err := py.Call(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	if !isInt(res) {
		return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	n, err := argclinic.Int(res)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "__sizeof__() should return >= 0")
	}
	extra := 16
	if hasDict(obj) {
		extra += 16
	}
	return py.Int(n + extra), nil
}

func hasDict(obj py.Object) bool {
	in, ok := obj.(interface{ Dict() *objects.Dict })
	return ok && in.Dict() != nil
}

// builtinSize is CPython's getsizeof of a builtin value (or an instance of a plain class).
func builtinSize(obj py.Object) int {
	switch v := obj.(type) {
	case py.Bool:
		return 28
	case py.Int:
		return intSize(big.NewInt(int64(v)))
	case *py.BigInt:
		return intSize((*big.Int)(v))
	case py.Float:
		return 24
	case py.Complex:
		return 32
	case py.String:
		return strSize(string(v))
	case py.Bytes:
		return 33 + len(v)
	case *objects.ByteArray:
		n, _ := objects.Len(v)
		if k, ok := n.(py.Int); ok && k > 0 {
			return 57 + int(k)
		}
		return 56
	case py.Tuple:
		return 40 + 8*len(v)
	case *py.List:
		return 56 + 8*listAllocated(len(v.Items))
	case *objects.Dict:
		return dictSize(v.Len(), allStrKeys(v))
	case *objects.Set:
		return setSize(v.Len())
	case *objects.FrozenSet:
		return setSize(v.Len())
	case *py.Range:
		return 48
	case *py.Slice:
		return 56
	case *py.Function:
		return 152
	case *py.Method:
		return 72
	case *py.Type:
		return 1688
	}
	if obj == py.None || obj == py.Ellipsis || obj == py.NotImplemented {
		return 16
	}
	if _, ok := obj.(interface{ Dict() *objects.Dict }); ok {
		if hasDict(obj) {
			return 56 // object's 16 bytes and the dict and weakref slots, GC and dict headers
		}
		return 32 + 8*slotCount(classes.TypeOf(obj))
	}
	return 48
}

// intSize counts 30-bit digits (at least one) after a 24-byte header.
func intSize(v *big.Int) int {
	digits := (v.BitLen() + 29) / 30
	if digits == 0 {
		digits = 1
	}
	return 24 + 4*digits
}

// strSize is a compact str: ASCII, Latin-1, UCS-2 or UCS-4 by its widest character.
func strSize(s string) int {
	widest, n := rune(0), 0
	for _, r := range s {
		if r > widest {
			widest = r
		}
		n++
	}
	switch {
	case widest < 0x80:
		return 49 + n
	case widest < 0x100:
		return 73 + n
	case widest < 0x10000:
		return 74 + 2*n
	}
	return 76 + 4*n
}

// listAllocated is the capacity CPython's list reaches growing to n by appends: it grows
// only when an append finds it full, so the sizes it passes through are visited, not every
// length.
func listAllocated(n int) int {
	allocated := 0
	for allocated < n {
		size := allocated + 1
		allocated = (size + size>>3 + 6) &^ 3
	}
	return allocated
}

// dictSize is a dict of n keys built by insertion: its keys table of 8 slots or the next
// power of two that holds n at two thirds full, indices of 1, 2, 4 or 8 bytes, entries of
// 16 bytes when every key is a str, else 24.
func dictSize(n int, strKeys bool) int {
	if n == 0 {
		return 64
	}
	size := 8
	for n > size*2/3 {
		size *= 2
	}
	index := 1
	switch {
	case size > 1<<31:
		index = 8
	case size > 1<<15:
		index = 4
	case size > 1<<7:
		index = 2
	}
	entry := 24
	if strKeys {
		entry = 16
	}
	return 64 + 32 + size*index + size*2/3*entry
}

func allStrKeys(d *objects.Dict) bool {
	for _, k := range d.Keys() {
		if _, ok := k.(py.String); !ok {
			return false
		}
	}
	return true
}

// setSize is a set of n items built by adds: 216 bytes with its small table of 8 slots,
// then 16 bytes a slot of a table grown to four times the fill (twice past 50,000) each
// time an add leaves it 60% full (the resizes are visited, not every fill).
func setSize(n int) int {
	table := 8
	for {
		// the first fill at which fill*5 >= (table-1)*3
		fill := ((table-1)*3 + 4) / 5
		if fill > n {
			break
		}
		want := fill * 4
		if fill > 50000 {
			want = fill * 2 // large sets grow by doubling
		}
		for table = 8; table <= want; table *= 2 {
		}
	}
	if table == 8 {
		return 216
	}
	return 216 + 16*table
}

// slotCount is the number of __slots__ names along t's MRO.
func slotCount(t *py.Type) int {
	n := 0
	for _, c := range t.Mro {
		ct, ok := c.(*py.Type)
		if !ok {
			continue
		}
		switch s := ct.Dict["__slots__"].(type) {
		case py.String:
			n++
		case py.Tuple:
			n += len(s)
		case *py.List:
			n += len(s.Items)
		}
	}
	return n
}

// isInt is PyLong_Check: an int, a bool or an instance of an int subclass.
func isInt(o py.Object) bool {
	switch objects.NativeOf(o).(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}
