package objects

import (
	"bytes"
	"strings"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// ByteArrayType is Python's bytearray type.
var ByteArrayType = py.NewType("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array")

// ByteArray is a Python bytearray: a mutable sequence of bytes.
type ByteArray struct {
	b     []byte
	views []weak.Pointer[MemoryView] // its memoryviews: resizing is refused while one is alive and not released
	owner Owner                      // the instance of a Python subclass wrapping this bytearray (for its repr)
}

// NewByteArray returns a bytearray holding a copy of b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: append([]byte{}, b...)} }

// Bytes returns the current contents (not a copy).
func (a *ByteArray) Bytes() []byte { return a.b }

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

// M__len__ implements len(a).
func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.b)), nil }

// M__getitem__ implements a[i] and a[i:j].
func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) { return bytesGetItem(a, key) }

// M__iter__ iterates over the byte values.
func (a *ByteArray) M__iter__() (py.Object, error) { return &bytesIter{b: a.b, src: a}, nil }

// M__contains__ implements x in a.
func (a *ByteArray) M__contains__(x py.Object) (py.Object, error) {
	return py.Call(ByteArrayType.Dict["__contains__"], py.Tuple{a, x}, nil)
}

// M__repr__ implements repr(a).
func (a *ByteArray) M__repr__() (py.Object, error) {
	r, err := py.Bytes(a.b).M__repr__()
	if err != nil {
		return nil, err
	}
	text := string(r.(py.String))
	if strings.HasPrefix(text, `b"`) {
		// CPython's bytearray repr escapes every ' (bytes' repr does not in double quotes).
		text = `b"` + strings.ReplaceAll(text[2:], "'", `\'`)
	}
	name := "bytearray"
	if o := a.owner.get(); o != nil {
		name = o.Type().Name
	}
	return py.String(name + "(" + text + ")"), nil
}

// M__str__ implements str(a).
func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }

// M__eq__ implements a == other: bytes-like objects compare by content, anything else is
// NotImplemented (richEq would ask this method again: an endless recursion).
func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) {
	b, ok := BytesLike(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(bytes.Equal(a.b, b)), nil
}

// M__ne__ implements a != other, as M__eq__.
func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) {
	b, ok := BytesLike(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(!bytes.Equal(a.b, b)), nil
}

// M__lt__ implements a < other (an instance of a bytearray subclass compares through it).
func (a *ByteArray) M__lt__(o py.Object) (py.Object, error) { return a.order("<", o) }

// M__le__ implements a <= other.
func (a *ByteArray) M__le__(o py.Object) (py.Object, error) { return a.order("<=", o) }

// M__gt__ implements a > other.
func (a *ByteArray) M__gt__(o py.Object) (py.Object, error) { return a.order(">", o) }

// M__ge__ implements a >= other.
func (a *ByteArray) M__ge__(o py.Object) (py.Object, error) { return a.order(">=", o) }

func (a *ByteArray) order(op string, o py.Object) (py.Object, error) {
	b, ok := BytesLike(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(opHolds(op, bytes.Compare(a.b, b))), nil
}

// M__add__ implements a + other.
func (a *ByteArray) M__add__(o py.Object) (py.Object, error) {
	b, ok := asBytes(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", typeName(o))
	}
	return &ByteArray{b: append(append([]byte{}, a.b...), b...)}, nil
}

// M__iadd__ implements a += other.
func (a *ByteArray) M__iadd__(o py.Object) (py.Object, error) {
	b, ok := asBytes(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", typeName(o))
	}
	if err := a.checkResize(); err != nil {
		return nil, err
	}
	a.b = append(a.b, b...)
	return a, nil
}

func (a *ByteArray) checkResize() error {
	if len(a.views) > 0 && a.liveViews() > 0 {
		// CPython frees a view nobody holds (memoryview(b).tobytes()) at once; here it waits
		// for the collector, so run a finalization point before refusing.
		CollectGarbage()
		if a.liveViews() > 0 {
			return py.ExceptionNewf(py.BufferError, "Existing exports of data: object cannot be re-sized")
		}
	}
	return nil
}

// export records a new view of a.
func (a *ByteArray) export(m *MemoryView) {
	a.views = append(a.views, weak.Make(m))
}

// liveViews counts the views of a that are neither released nor collected, and forgets
// the others.
func (a *ByteArray) liveViews() int {
	kept := a.views[:0]
	for _, w := range a.views {
		if m := w.Value(); m != nil && !m.released {
			kept = append(kept, w)
		}
	}
	clear(a.views[len(kept):])
	a.views = kept
	return len(kept)
}

func byteValue(x py.Object) (byte, error) {
	i, err := py.Index(x)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(x))
	}
	if i < 0 || i > 255 {
		return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

// M__setitem__ implements a[i] = v and a[i:j] = bytes.
func (a *ByteArray) M__setitem__(key, v py.Object) (py.Object, error) {
	if sl, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := compiler.ClampSlice(sl).GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		src, err := bytesFromArgs("bytearray", py.Tuple{v}, nil)
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if len(src) != stop-start {
				if err := a.checkResize(); err != nil {
					return nil, err
				}
			}
			a.b = append(a.b[:start:start], append(src, a.b[stop:]...)...)
			return py.None, nil
		}
		if len(src) != n {
			return nil, py.ExceptionNewf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			a.b[i] = src[j]
		}
		return py.None, nil
	}
	i, err := seqIndexArg(key, len(a.b), "bytearray")
	if err != nil {
		return nil, err
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	a.b[i] = c
	return py.None, nil
}

// M__delitem__ implements del a[i].
func (a *ByteArray) M__delitem__(key py.Object) (py.Object, error) {
	if err := a.checkResize(); err != nil {
		return nil, err
	}
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := compiler.ClampSlice(sl).GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		drop := map[int]bool{}
		for i, j := start, 0; j < n; i, j = i+step, j+1 {
			drop[i] = true
		}
		out := a.b[:0:0]
		for i, c := range a.b {
			if !drop[i] {
				out = append(out, c)
			}
		}
		a.b = out
		return py.None, nil
	}
	i, err := seqIndexArg(key, len(a.b), "bytearray")
	if err != nil {
		return nil, err
	}
	a.b = append(a.b[:i], a.b[i+1:]...)
	return py.None, nil
}

// byteArrayInit is bytearray.__init__: the contents bytearray(*args, **kw) describes
// replace self's.
func byteArrayInit(self py.Object, args py.Tuple, kw py.StringDict) error {
	b, err := bytesFromArgs("bytearray", args, kw)
	if err != nil {
		return err
	}
	a := selfBA(self)
	if err := a.checkResize(); err != nil {
		return err
	}
	a.b = b
	return nil
}

// reduceByteArray is bytearray.__reduce_ex__(proto), CPython's tuple: the class, the
// contents as a latin-1 str (protocols 0-2) or bytes, and the instance dict of a
// subclass's instance (None otherwise).
func reduceByteArray(self py.Object, proto int) (py.Object, error) {
	a := selfBA(self)
	var cls, state py.Object = ByteArrayType, py.None
	if o := a.owner.get(); o != nil {
		cls = o.Type()
		if d, err := py.GetAttrString(o, "__dict__"); err == nil {
			state = d
		}
	}
	args := py.Tuple{}
	switch {
	case len(a.b) == 0:
	case proto < 3:
		runes := make([]rune, len(a.b))
		for i, c := range a.b {
			runes[i] = rune(c)
		}
		args = py.Tuple{py.String(string(runes)), py.String("latin-1")}
	default:
		args = py.Tuple{py.Bytes(append([]byte{}, a.b...))}
	}
	return py.Tuple{cls, args, state}, nil
}

// inPlace runs an in-place operator of self's bytearray and returns self itself, so
// that b += x keeps an instance of a subclass.
func inPlace(self py.Object, args py.Tuple, op func(py.Object) (py.Object, error)) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
	}
	if _, err := op(args[0]); err != nil {
		return nil, err
	}
	return self, nil
}

// selfBA is the bytearray a method works on: self, or the one an instance of a Python
// subclass of bytearray carries.
func selfBA(self py.Object) *ByteArray { return NativeOf(self).(*ByteArray) }

func init() {
	ByteArrayType.Flags |= py.TPFLAGS_BASETYPE
	// As list: __new__ makes an empty bytearray and __init__ fills it, so a subclass's
	// __init__ may take other arguments and an iterator argument is read once.
	ByteArrayType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return &ByteArray{b: []byte{}}, nil
	}
	ByteArrayType.Init = byteArrayInit
	addMethods(ByteArrayType,
		method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return py.None, byteArrayInit(self, args, kw)
		}),
		method("__reduce_ex__", "Return state information for pickling.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			proto := 0
			if len(args) > 0 {
				if n, ok := args[0].(py.Int); ok {
					proto = int(n)
				}
			}
			return reduceByteArray(self, proto)
		}),
		method("__reduce__", "Return state information for pickling.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return reduceByteArray(self, 0)
		}),
		inPlaceMethod("__iadd__", "Implement self+=value.", func(a, b py.Object) (py.Object, error) {
			return a.(*ByteArray).M__iadd__(b)
		}),
		imulMethod(func(a, b py.Object) (py.Object, error) {
			return a.(*ByteArray).M__imul__(b)
		}))
	addMethods(ByteArrayType, bytesMethods()...)
	addMethods(ByteArrayType,
		method("append", "Append a single item to the end of the bytearray.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "append", args); err != nil {
				return nil, err
			}
			c, err := byteValue(args[0])
			if err != nil {
				return nil, err
			}
			a := selfBA(self)
			if err := a.checkResize(); err != nil {
				return nil, err
			}
			a.b = append(a.b, c)
			return py.None, nil
		}),
		method("extend", "Append all the items from the iterator or sequence to the end of the bytearray.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "extend", args); err != nil {
				return nil, err
			}
			b, err := bytesFromArgs("bytearray", args, nil)
			if err != nil {
				return nil, err
			}
			a := selfBA(self)
			if err := a.checkResize(); err != nil {
				return nil, err
			}
			a.b = append(a.b, b...)
			return py.None, nil
		}),
		method("pop", "Remove and return a single item from B.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var iObj py.Object
			if err := unpackPos("pop", args, kw, 0, &iObj); err != nil {
				return nil, err
			}
			a := selfBA(self)
			if len(a.b) == 0 {
				return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
			}
			if err := a.checkResize(); err != nil {
				return nil, err
			}
			i, err := popIndex(iObj, len(a.b))
			if err != nil {
				return nil, err
			}
			c := a.b[i]
			a.b = append(a.b[:i], a.b[i+1:]...)
			return py.Int(c), nil
		}),
		method("insert", "Insert a single item into the bytearray before the given index.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var iObj, x py.Object
			if err := unpackPos("insert", args, kw, 2, &iObj, &x); err != nil {
				return nil, err
			}
			i, err := ssizeArg(iObj)
			if err != nil {
				return nil, err
			}
			c, err := byteValue(x)
			if err != nil {
				return nil, err
			}
			a := selfBA(self)
			if err := a.checkResize(); err != nil {
				return nil, err
			}
			n := len(a.b)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
			return py.None, nil
		}),
		method("remove", "Remove the first occurrence of a value in the bytearray.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "remove", args); err != nil {
				return nil, err
			}
			c, err := byteValue(args[0])
			if err != nil {
				return nil, err
			}
			a := selfBA(self)
			for i, x := range a.b {
				if x == c {
					if err := a.checkResize(); err != nil {
						return nil, err
					}
					a.b = append(a.b[:i], a.b[i+1:]...)
					return py.None, nil
				}
			}
			return nil, py.ExceptionNewf(py.ValueError, "value not found in bytearray")
		}),
		method("clear", "Remove all items from the bytearray.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			a := selfBA(self)
			if err := a.checkResize(); err != nil {
				return nil, err
			}
			a.b = []byte{}
			return py.None, nil
		}),
		method("copy", "Return a copy of B.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return NewByteArray(selfBA(self).b), nil
		}),
		method("reverse", "Reverse the order of the values in B in place.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			b := selfBA(self).b
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return py.None, nil
		}),
	)
	ByteArrayType.Dict["fromhex"] = classMethod(ByteArrayType, "fromhex", "Create a bytearray object from a string of hexadecimal numbers.", func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() takes no keyword arguments")
		}
		b, err := fromhex(args)
		if err != nil {
			return nil, err
		}
		return asClass(cls, ByteArrayType, &ByteArray{b: b})
	})
}

// NewByteArrayOver returns a bytearray whose contents are b itself, not a copy: memory that
// someone else owns, such as a shared memory segment that multiprocessing.shared_memory
// exposes through a memoryview of it (which also forbids resizing while it lives).
func NewByteArrayOver(b []byte) *ByteArray { return &ByteArray{b: b} }
