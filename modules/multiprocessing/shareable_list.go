package multiprocessing

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	pystruct "github.com/gopyrt/gopy/modules/struct"
)

// ShareableList is multiprocessing.shared_memory.ShareableList: a fixed-length list of
// int, float, bool, None, str and bytes values stored in a SharedMemory segment in
// CPython's layout, so that a python3 process can attach to the same list by name. The
// segment holds, in order:
//
//   - the number of items N (int64);
//   - N+1 int64 offsets of the items from the start of the data area (the last one is the
//     data area's size);
//   - the data area: each item in its struct format (8 bytes for int, float, bool and None,
//     a multiple of 8 for str and bytes, which are stored encoded in UTF-8, NUL-padded);
//   - N 8-byte struct formats ("q", "d", "xxxxxxx?", "xxxxxx?x", "<n>s"), NUL-padded;
//   - N one-byte codes saying how to turn the stored value back into an object (0 as
//     stored, 1 str, 2 bytes, 3 None).
//
// As in CPython, the item count and offsets are read once, when the list is made, and every
// access reads the format and code of the item from the segment.
type ShareableList struct {
	ctx     py.Context
	shm     *SharedMemory
	n       int
	offsets []int // N+1 offsets into the data area
}

// ShareableListType is multiprocessing.shared_memory.ShareableList.
var ShareableListType = py.NewTypeX("ShareableList", "Pattern for a mutable list-like object shareable via a shared memory block.", shareableListNew, nil)

// Type returns ShareableListType.
func (l *ShareableList) Type() *py.Type { return ShareableListType }

const slAlignment = 8

// Recreation codes (how a stored value becomes an object again).
const (
	slAsStored = iota
	slStr
	slBytes
	slNone
)

// slFormat is the struct format of a value of v's type (str and bytes: their allocated
// size), or CPython's KeyError for any other type.
func slFormat(v py.Object) (string, error) {
	switch x := v.(type) {
	case py.Int, *py.BigInt:
		return "q", nil
	case py.Float:
		return "d", nil
	case py.Bool:
		return "xxxxxxx?", nil
	case py.NoneType:
		return "xxxxxx?x", nil
	case py.String:
		// The allocation counts characters, not encoded bytes, as CPython does: a longer
		// encoding is truncated by the packing.
		return fmt.Sprintf("%ds", slAlignment*(len([]rune(string(x)))/slAlignment+1)), nil
	case py.Bytes:
		return fmt.Sprintf("%ds", slAlignment*(len(x)/slAlignment+1)), nil
	}
	exc, err := py.ExceptionNew(py.KeyError, py.Tuple{v.Type()}, nil)
	if err != nil {
		return "", err
	}
	return "", exc.(*py.Exception)
}

func slCode(v py.Object) int64 {
	switch v.(type) {
	case py.String:
		return slStr
	case py.Bytes:
		return slBytes
	case py.NoneType:
		return slNone
	}
	return slAsStored
}

// slEncoded is the value as packed: str encoded in UTF-8, anything else itself.
func slEncoded(v py.Object) py.Object {
	if s, ok := v.(py.String); ok {
		return py.Bytes(s)
	}
	return v
}

func shareableListNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var sequence, name py.Object = py.None, py.None
	if err := py.ParseTupleAndKeywords(args, nil, "|O:ShareableList", []string{"sequence"}, &sequence); err != nil {
		return nil, err
	}
	for k, v := range kwargs {
		if k == "sequence" && len(args) == 0 {
			sequence = v
		} else if k == "name" {
			name = v
		} else {
			return nil, py.ExceptionNewf(py.TypeError, "ShareableList.__init__() got an unexpected keyword argument '%s'", k)
		}
	}
	l := &ShareableList{}
	if t := gil.Holding(); t != nil {
		l.ctx = t.Runtime().Context()
	}
	var items []py.Object
	if name == py.None || sequence != py.None {
		if sequence != py.None {
			t, err := truth(sequence)
			if err != nil {
				return nil, err
			}
			if t {
				tup, err := py.SequenceTuple(sequence)
				if err != nil {
					return nil, err
				}
				items = tup
			}
		}
		formats := make([]string, len(items))
		for i, it := range items {
			f, err := slFormat(it)
			if err != nil {
				return nil, err
			}
			formats[i] = f
		}
		l.n = len(items)
		l.offsets = []int{0}
		off := 0
		for _, f := range formats {
			if strings.HasSuffix(f, "s") {
				var k int
				fmt.Sscanf(f, "%ds", &k)
				off += k
			} else {
				off += slAlignment
			}
			l.offsets = append(l.offsets, off)
		}
		size := 8*(l.n+2) + off + 9*l.n
		shm, err := sharedMemoryNew(SharedMemoryType, py.Tuple{name, py.True, py.Int(size)}, nil)
		if err != nil {
			return nil, err
		}
		l.shm = shm.(*SharedMemory)
		buf := l.shm.mem
		head := py.Tuple{py.Int(l.n)}
		for _, o := range l.offsets {
			head = append(head, py.Int(o))
		}
		if err := pystruct.PackInto(strings.Repeat("q", l.n+2), buf, 0, head...); err != nil {
			return nil, err
		}
		values := make(py.Tuple, len(items))
		for i, it := range items {
			values[i] = slEncoded(it)
		}
		if err := pystruct.PackInto(strings.Join(formats, ""), buf, l.dataStart(), values...); err != nil {
			return nil, err
		}
		for i, f := range formats {
			copy(buf[l.formatsStart()+8*i:l.formatsStart()+8*i+8], f)
			buf[l.codesStart()+i] = byte(slCode(items[i]))
		}
		return l, nil
	}
	shm, err := sharedMemoryNew(SharedMemoryType, py.Tuple{name}, nil)
	if err != nil {
		return nil, err
	}
	l.shm = shm.(*SharedMemory)
	head, err := pystruct.UnpackFrom("q", l.shm.mem, 0)
	if err != nil {
		return nil, err
	}
	l.n = int(head[0].(py.Int))
	if l.n < 0 {
		return nil, py.ExceptionNewf(pystruct.Error, "bad char in struct format")
	}
	offs, err := pystruct.UnpackFrom(strings.Repeat("q", l.n+1), l.shm.mem, 8)
	if err != nil {
		return nil, err
	}
	for _, o := range offs {
		l.offsets = append(l.offsets, int(o.(py.Int)))
	}
	return l, nil
}

func (l *ShareableList) dataStart() int    { return (l.n + 2) * 8 }
func (l *ShareableList) formatsStart() int { return l.dataStart() + l.offsets[len(l.offsets)-1] }
func (l *ShareableList) codesStart() int   { return l.formatsStart() + l.n*8 }

// buf is the segment's memory, or the TypeError struct gives for the None buffer of a closed
// SharedMemory.
func (l *ShareableList) buf() ([]byte, error) {
	if l.shm.mem == nil {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not 'NoneType'")
	}
	return l.shm.mem, nil
}

var errSLRange = py.ExceptionNewf(py.IndexError, "Requested position out of range.")

// position normalises an index as CPython's ShareableList does (once, by adding N to a
// negative one; a result still negative is used as is).
func (l *ShareableList) position(key py.Object) (int, error) {
	var p int
	switch k := key.(type) {
	case py.Int:
		p = int(k)
	case py.Bool:
		if k {
			p = 1
		}
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	case py.Float:
		return 0, py.ExceptionNewf(py.TypeError, "list indices must be integers or slices, not float")
	default:
		return 0, py.ExceptionNewf(py.TypeError, "'>=' not supported between instances of '%s' and 'int'", key.Type().Name)
	}
	if p < 0 {
		p += l.n
	}
	return p, nil
}

// offsetAt indexes the offsets as a Python list.
func (l *ShareableList) offsetAt(i int) (int, error) {
	if i < 0 {
		i += len(l.offsets)
	}
	if i < 0 || i >= len(l.offsets) {
		return 0, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	return l.offsets[i], nil
}

// packingFormat reads the struct format of the item at p from the segment.
func (l *ShareableList) packingFormat(p int) (string, error) {
	if p < 0 {
		p += l.n
	}
	if p >= l.n || l.n < 0 {
		return "", errSLRange
	}
	buf, err := l.buf()
	if err != nil {
		return "", err
	}
	v, err := pystruct.UnpackFrom("8s", buf, l.formatsStart()+p*8)
	if err != nil {
		return "", err
	}
	f, err := callMethod(py.Bytes(bytes.TrimRight(v[0].(py.Bytes), "\x00")), "decode", py.String("utf8"))
	if err != nil {
		return "", err
	}
	return string(f.(py.String)), nil
}

// backTransform turns the stored value v of the item at p into its object.
func (l *ShareableList) backTransform(p int, v py.Object) (py.Object, error) {
	if p >= l.n || l.n < 0 {
		return nil, errSLRange
	}
	buf, err := l.buf()
	if err != nil {
		return nil, err
	}
	code, err := pystruct.UnpackFrom("b", buf, l.codesStart()+p)
	if err != nil {
		return nil, err
	}
	switch code[0].(py.Int) {
	case slAsStored:
		return v, nil
	case slNone:
		return py.None, nil
	case slStr, slBytes:
		b, ok := v.(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'rstrip'", v.Type().Name)
		}
		b = py.Bytes(bytes.TrimRight(b, "\x00"))
		if code[0].(py.Int) == slBytes {
			return b, nil
		}
		return callMethod(b, "decode", py.String("utf8"))
	}
	exc, err := py.ExceptionNew(py.KeyError, py.Tuple{code[0]}, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}

func isIndexError(err error) bool {
	exc, ok := err.(*py.Exception)
	return ok && exc.Type().IsSubtype(py.IndexError)
}

// M__getitem__ is l[i].
func (l *ShareableList) M__getitem__(key py.Object) (py.Object, error) {
	p, err := l.position(key)
	if err != nil {
		if isIndexError(err) {
			return nil, py.ExceptionNewf(py.IndexError, "index out of range")
		}
		return nil, err
	}
	v, err := l.item(p)
	if isIndexError(err) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	if err != nil {
		return nil, err
	}
	return l.backTransform(p, v)
}

// item unpacks the stored value of the item at p.
func (l *ShareableList) item(p int) (py.Object, error) {
	off, err := l.offsetAt(p)
	if err != nil {
		return nil, err
	}
	f, err := l.packingFormat(p)
	if err != nil {
		return nil, err
	}
	buf, err := l.buf()
	if err != nil {
		return nil, err
	}
	vs, err := pystruct.UnpackFrom(f, buf, l.dataStart()+off)
	if err != nil {
		return nil, err
	}
	if len(vs) != 1 {
		if len(vs) == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 1, got 0)")
		}
		return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 1)")
	}
	return vs[0], nil
}

// M__setitem__ is l[i] = value: a value of another type takes the item's format; str and
// bytes must fit in the space allocated when the list was made.
func (l *ShareableList) M__setitem__(key, value py.Object) (py.Object, error) {
	p, err := l.position(key)
	var off int
	var current string
	if err == nil {
		if off, err = l.offsetAt(p); err == nil {
			current, err = l.packingFormat(p)
		}
	}
	if err != nil {
		if isIndexError(err) {
			return nil, py.ExceptionNewf(py.IndexError, "assignment index out of range")
		}
		return nil, err
	}
	var format string
	encoded := slEncoded(value)
	switch value.(type) {
	case py.String, py.Bytes:
		next, err := l.offsetAt(p + 1)
		if err != nil {
			return nil, err
		}
		allocated := next - off
		if len(encoded.(py.Bytes)) > allocated {
			return nil, py.ExceptionNewf(py.ValueError, "bytes/str item exceeds available storage")
		}
		if strings.HasSuffix(current, "s") {
			format = current
		} else {
			format = fmt.Sprintf("%ds", allocated)
		}
	default:
		if format, err = slFormat(value); err != nil {
			return nil, err
		}
	}
	if p >= l.n || l.n < 0 {
		return nil, errSLRange
	}
	buf, err := l.buf()
	if err != nil {
		return nil, err
	}
	fb := []byte(format)
	if len(fb) > 8 {
		fb = fb[:8]
	}
	if err := pystruct.PackInto("8s", buf, l.formatsStart()+p*8, py.Bytes(fb)); err != nil {
		return nil, err
	}
	if err := pystruct.PackInto("b", buf, l.codesStart()+p, py.Int(slCode(value))); err != nil {
		return nil, err
	}
	return py.None, pystruct.PackInto(format, buf, l.dataStart()+off, encoded)
}

// M__len__ reads the item count from the segment.
func (l *ShareableList) M__len__() (py.Object, error) {
	buf, err := l.buf()
	if err != nil {
		return nil, err
	}
	v, err := pystruct.UnpackFrom("q", buf, 0)
	if err != nil {
		return nil, err
	}
	return v[0], nil
}

// items returns the list's values, read as iteration does (until an IndexError).
func (l *ShareableList) items() ([]py.Object, error) {
	var out []py.Object
	for i := 0; ; i++ {
		v, err := l.M__getitem__(py.Int(i))
		if err != nil {
			if isIndexError(err) {
				return out, nil
			}
			return nil, err
		}
		out = append(out, v)
	}
}

// M__iter__ iterates over a snapshot of the values.
func (l *ShareableList) M__iter__() (py.Object, error) {
	items, err := l.items()
	if err != nil {
		return nil, err
	}
	return py.Iter(py.NewListFromItems(items))
}

// M__repr__ is ShareableList([...], name='...').
func (l *ShareableList) M__repr__() (py.Object, error) {
	items, err := l.items()
	if err != nil {
		return nil, err
	}
	r, err := py.ReprAsString(py.NewListFromItems(items))
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("%s(%s, name=%s)", l.Type().Name, r, pyRepr(py.String(l.shm.name[1:])))), nil
}

func init() {
	d := ShareableListType.Dict
	d["__module__"] = py.String("multiprocessing.shared_memory")
	d["__class_getitem__"] = classes.ClassGetItem
	m := func(name, doc string, fn func(l *ShareableList, args py.Tuple) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			l, ok := self.(*ShareableList)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'ShareableList' object", name)
			}
			return fn(l, args)
		}, 0, doc)
	}
	one := func(name string, args py.Tuple) (py.Object, error) {
		var v py.Object
		err := py.UnpackTuple(args, nil, name, 1, 1, &v)
		return v, err
	}
	m("count", "L.count(value) -> integer -- return number of occurrences of value.", func(l *ShareableList, args py.Tuple) (py.Object, error) {
		v, err := one("count", args)
		if err != nil {
			return nil, err
		}
		items, err := l.items()
		if err != nil {
			return nil, err
		}
		n := 0
		for _, it := range items {
			if eq, err := py.Eq(v, it); err != nil {
				return nil, err
			} else if t, err := truth(eq); err != nil {
				return nil, err
			} else if t {
				n++
			}
		}
		return py.Int(n), nil
	})
	m("index", "L.index(value) -> integer -- return first index of value.\nRaises ValueError if the value is not present.", func(l *ShareableList, args py.Tuple) (py.Object, error) {
		v, err := one("index", args)
		if err != nil {
			return nil, err
		}
		items, err := l.items()
		if err != nil {
			return nil, err
		}
		for i, it := range items {
			if eq, err := py.Eq(v, it); err != nil {
				return nil, err
			} else if t, err := truth(eq); err != nil {
				return nil, err
			} else if t {
				return py.Int(i), nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s not in this container", pyRepr(v))
	})
	m("__reduce__", "A ShareableList pickles as partial(ShareableList, name=...): the receiver attaches by name.", func(l *ShareableList, args py.Tuple) (py.Object, error) {
		partial, err := moduleFunc(l.ctx, "functools", "partial")
		if err != nil {
			return nil, err
		}
		p, err := py.Call(partial, py.Tuple{l.Type()}, py.StringDict{"name": py.String(l.shm.name[1:])})
		if err != nil {
			return nil, err
		}
		return py.Tuple{p, py.Tuple{}}, nil
	})
	d["shm"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*ShareableList).shm, nil }}
	d["format"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		l := self.(*ShareableList)
		var b strings.Builder
		for i := 0; i < l.n; i++ {
			f, err := l.packingFormat(i)
			if err != nil {
				return nil, err
			}
			b.WriteString(f)
		}
		return py.String(b.String()), nil
	}}
	builtins.Ready(ShareableListType)
}
