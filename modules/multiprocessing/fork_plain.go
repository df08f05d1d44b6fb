package multiprocessing

import (
	"encoding/binary"
	"math"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// A compact form for large containers of plain values in a 'fork' snapshot. A script's
// big state is mostly lists, tuples, dicts and sets of ints, floats and strs (a million
// ints made in the main guard); pickled item by item, the child spends far longer reading
// them back (one opcode, one append and one memo check per item) than a real fork spends
// on the whole start. A container of at least plainMinItems items, all of them None, a
// bool, an int that fits 64 bits, a float, a str or a bytes, is written instead as one
// bytes value that the child decodes in Go in one pass (multiprocessing._fork_plain),
// allocating each container once at its final size.
//
// Only the container's own items are encoded: a container holding another container is
// pickled as usual (the inner one may then be encoded), so that identity between the
// containers a script shares is kept, as the pickle memo keeps it.
//
// The encoding: a kind byte (plainList...), the item count as a uvarint (for a dict, the
// number of pairs), then each item (a dict's key, then its value) as a tag byte and its
// payload: 'N' None, 'T' True, 'F' False, 'i' an int (zigzag varint), 'd' a float
// (8 bytes, little-endian IEEE 754), 's' a str and 'b' a bytes (uvarint length, then the
// bytes: a str's UTF-8).

// plainMinItems is the smallest container encoded compactly: below it, pickle's own form
// costs the child less than a call.
const plainMinItems = 64

// The kinds of containers encoded.
const (
	plainList      = 'l'
	plainTuple     = 't'
	plainDict      = 'd'
	plainSet       = 's'
	plainFrozenSet = 'f'
)

// plainItems returns the kind and items of obj (a dict's keys and values in turn) when
// obj is a container the compact form takes.
func plainItems(obj py.Object) (byte, []py.Object, bool) {
	var kind byte
	var items []py.Object
	switch o := obj.(type) {
	case *py.List:
		kind, items = plainList, o.Items
	case py.Tuple:
		kind, items = plainTuple, o
	case *objects.Set:
		if o.Len() < plainMinItems {
			return 0, nil, false
		}
		kind, items = plainSet, o.Items()
	case *objects.FrozenSet:
		if o.Len() < plainMinItems {
			return 0, nil, false
		}
		kind, items = plainFrozenSet, o.Items()
	case *objects.Dict:
		if o.Len() < plainMinItems {
			return 0, nil, false
		}
		kv := o.Items()
		items = make([]py.Object, 0, 2*len(kv))
		for _, p := range kv {
			items = append(items, p[0], p[1])
		}
		kind = plainDict
	default:
		return 0, nil, false
	}
	if len(items) < plainMinItems {
		return 0, nil, false
	}
	for _, it := range items {
		switch it.(type) {
		case py.NoneType, py.Bool, py.Int, py.Float, py.String, py.Bytes:
		default:
			return 0, nil, false
		}
	}
	return kind, items, true
}

// encodePlain is the compact form of items, a container of that kind.
func encodePlain(kind byte, items []py.Object) py.Bytes {
	n := len(items)
	if kind == plainDict {
		n /= 2
	}
	buf := make([]byte, 0, 1+binary.MaxVarintLen64+4*len(items))
	buf = append(buf, kind)
	buf = binary.AppendUvarint(buf, uint64(n))
	for _, it := range items {
		switch v := it.(type) {
		case py.NoneType:
			buf = append(buf, 'N')
		case py.Bool:
			buf = append(buf, map[py.Bool]byte{true: 'T', false: 'F'}[v])
		case py.Int:
			buf = binary.AppendVarint(append(buf, 'i'), int64(v))
		case py.Float:
			buf = binary.LittleEndian.AppendUint64(append(buf, 'd'), math.Float64bits(float64(v)))
		case py.String:
			buf = append(binary.AppendUvarint(append(buf, 's'), uint64(len(v))), v...)
		case py.Bytes:
			buf = append(binary.AppendUvarint(append(buf, 'b'), uint64(len(v))), v...)
		}
	}
	return py.Bytes(buf)
}

// plainDecoder reads the items of a compact form.
type plainDecoder struct {
	data []byte
	pos  int
}

func malformedPlain() error {
	return py.ExceptionNewf(py.ValueError, "malformed compact container in a fork snapshot")
}

func (d *plainDecoder) uvarint() (uint64, error) {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		return 0, malformedPlain()
	}
	d.pos += n
	return v, nil
}

func (d *plainDecoder) payload() ([]byte, error) {
	n, err := d.uvarint()
	if err != nil || n > uint64(len(d.data)-d.pos) {
		return nil, malformedPlain()
	}
	b := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return b, nil
}

// next decodes the next item, an int or a float boxed into its slab; left bounds how
// many items follow.
func (d *plainDecoder) next(ints *slab[py.Int], floats *slab[py.Float], left int) (py.Object, error) {
	if d.pos >= len(d.data) {
		return nil, malformedPlain()
	}
	tag := d.data[d.pos]
	d.pos++
	switch tag {
	case 'N':
		return py.None, nil
	case 'T':
		return py.True, nil
	case 'F':
		return py.False, nil
	case 'i':
		v, n := binary.Varint(d.data[d.pos:])
		if n <= 0 {
			return nil, malformedPlain()
		}
		d.pos += n
		return ints.box(py.Int(v), left), nil
	case 'd':
		if len(d.data)-d.pos < 8 {
			return nil, malformedPlain()
		}
		v := binary.LittleEndian.Uint64(d.data[d.pos:])
		d.pos += 8
		return floats.box(py.Float(math.Float64frombits(v)), left), nil
	case 's':
		b, err := d.payload()
		return py.String(b), err
	case 'b':
		b, err := d.payload()
		return py.Bytes(append([]byte(nil), b...)), err
	}
	return nil, malformedPlain()
}

// slab boxes ints or floats into interface values that point into one shared array,
// instead of one allocation per value (as converting each py.Int to py.Object would
// make): the values are immutable, so sharing the array is not observable, and it stays
// alive as long as any of its values does.
type slab[T py.Int | py.Float] struct {
	typ  unsafe.Pointer // the first word of a py.Object holding a T
	free []T
}

// eface is the layout of a py.Object holding a non-pointer type: its itab (for py.Object
// and that type), then a pointer to the value.
type eface struct {
	typ, data unsafe.Pointer
}

func newSlab[T py.Int | py.Float]() *slab[T] {
	o := any(T(1 << 40)).(py.Object) // not one of the runtime's preallocated small values
	return &slab[T]{typ: (*eface)(unsafe.Pointer(&o)).typ}
}

// box returns v as a py.Object; left bounds how many more values may follow.
func (s *slab[T]) box(v T, left int) py.Object {
	if len(s.free) == 0 {
		s.free = make([]T, min(left, 1<<16))
	}
	p := &s.free[0]
	*p = v
	s.free = s.free[1:]
	var o py.Object
	*(*eface)(unsafe.Pointer(&o)) = eface{typ: s.typ, data: unsafe.Pointer(p)}
	return o
}

// decodePlain makes the container a compact form describes.
func decodePlain(data []byte) (py.Object, error) {
	if len(data) == 0 {
		return nil, malformedPlain()
	}
	d := &plainDecoder{data: data, pos: 1}
	kind := data[0]
	n, err := d.uvarint()
	if err != nil {
		return nil, err
	}
	per := uint64(1)
	if kind == plainDict {
		per = 2
	}
	// Each item takes at least one byte: a count beyond what is left is a lie.
	if n > uint64(len(data)-d.pos)/per {
		return nil, malformedPlain()
	}
	items := make([]py.Object, int(n*per))
	ints, floats := newSlab[py.Int](), newSlab[py.Float]()
	for i := range items {
		if items[i], err = d.next(ints, floats, len(items)-i); err != nil {
			return nil, err
		}
	}
	if d.pos != len(data) {
		return nil, malformedPlain()
	}
	switch kind {
	case plainList:
		return &py.List{Items: items}, nil
	case plainTuple:
		return py.Tuple(items), nil
	case plainDict:
		return objects.NewDictFromPairs(items)
	case plainSet:
		return objects.NewSetFromItems(items)
	case plainFrozenSet:
		return objects.NewFrozenSet(items)
	}
	return nil, malformedPlain()
}
