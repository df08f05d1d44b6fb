package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// MemoryViewType is Python's memoryview type (one-dimensional, format 'B', over bytes or
// bytearray).
var MemoryViewType = py.NewType("memoryview", "Create a new memoryview object which references the given object.")

// MemoryView is a memoryview over a bytes or bytearray: a window [start, start+length) of the
// underlying buffer. A view of a bytearray sees later writes and is writable; while it is not
// released the bytearray cannot be resized.
type MemoryView struct {
	obj      py.Object // the bytes or bytearray viewed
	start    int
	length   int
	step     int
	released bool
	parent   *MemoryView
}

// Type returns memoryview.
func (m *MemoryView) Type() *py.Type { return MemoryViewType }

func (m *MemoryView) check() error {
	if m.released {
		return py.ExceptionNewf(py.ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// bytes returns a copy of the viewed bytes.
func (m *MemoryView) bytes() []byte {
	src := rawBytes(m.obj)
	out := make([]byte, 0, m.length)
	for i, j := m.start, 0; j < m.length; i, j = i+m.step, j+1 {
		if i >= 0 && i < len(src) {
			out = append(out, src[i])
		}
	}
	return out
}

func newMemoryView(obj py.Object) (*MemoryView, error) {
	switch v := obj.(type) {
	case py.Bytes:
		return &MemoryView{obj: v, length: len(v), step: 1}, nil
	case *ByteArray:
		m := &MemoryView{obj: v, length: len(v.b), step: 1}
		v.export(m)
		return m, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, err
		}
		c := *v
		c.parent = v
		if ba, ok := v.obj.(*ByteArray); ok {
			ba.export(&c)
		}
		return &c, nil
	}
	// An instance of a Python subclass of bytes or bytearray exposes the value it carries.
	if n := NativeOf(obj); n != nil && n.Type() != obj.Type() {
		return newMemoryView(n)
	}
	return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", typeName(obj))
}

// M__len__ implements len(m).
func (m *MemoryView) M__len__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return py.Int(m.length), nil
}

// M__getitem__ implements m[i] (an int) and m[i:j] (a memoryview sharing the buffer).
func (m *MemoryView) M__getitem__(key py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := compiler.ClampSlice(sl).GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		v, _ := newMemoryView(m)
		v.start = m.start + start*m.step
		v.step = m.step * step
		v.length = n
		return v, nil
	}
	i, err := seqIndexArg(key, m.length, "memoryview")
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "memoryview: invalid slice key")
		}
		return nil, err
	}
	return py.Int(rawBytes(m.obj)[m.start+i*m.step]), nil
}

// M__setitem__ implements m[i] = v and m[i:j] = bytes for a view of a bytearray.
func (m *MemoryView) M__setitem__(key, v py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	ba, ok := m.obj.(*ByteArray)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "cannot modify read-only memory")
	}
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := compiler.ClampSlice(sl).GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		src, err := bytesArg(v, "")
		if err != nil {
			return nil, err
		}
		if len(src) != n {
			return nil, py.ExceptionNewf(py.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		for j := 0; j < n; j++ {
			ba.b[m.start+(start+j*step)*m.step] = src[j]
		}
		return py.None, nil
	}
	i, err := seqIndexArg(key, m.length, "memoryview")
	if err != nil {
		return nil, err
	}
	c, err := byteValue(v)
	if err != nil {
		return nil, err
	}
	ba.b[m.start+i*m.step] = c
	return py.None, nil
}

// M__iter__ iterates over the byte values.
func (m *MemoryView) M__iter__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return &bytesIter{b: m.bytes()}, nil
}

// M__eq__ compares the viewed bytes with another bytes-like object.
func (m *MemoryView) M__eq__(o py.Object) (py.Object, error) {
	if m.released {
		return py.NewBool(o == py.Object(m)), nil
	}
	var b []byte
	switch v := o.(type) {
	case *MemoryView:
		if v.released {
			return py.False, nil
		}
		b = v.bytes()
	default:
		var ok bool
		if b, ok = asBytes(o); !ok {
			return py.NotImplemented, nil
		}
	}
	return py.NewBool(string(m.bytes()) == string(b)), nil
}

// M__repr__ implements repr(m).
func (m *MemoryView) M__repr__() (py.Object, error) {
	if m.released {
		return py.String("<released memory>"), nil
	}
	return py.String("<memory>"), nil
}

// M__enter__ returns the view (with memoryview(b) as m:).
func (m *MemoryView) M__enter__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// M__exit__ releases the view.
func (m *MemoryView) M__exit__(exc, val, tb py.Object) (py.Object, error) {
	m.release()
	return py.False, nil
}

func (m *MemoryView) release() {
	if m.released {
		return
	}
	m.released = true // the bytearray's liveViews stops counting it
}

func selfMV(self py.Object) (*MemoryView, error) {
	m := self.(*MemoryView)
	return m, m.check()
}

func init() {
	MemoryViewType.New = func(t *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var obj py.Object
		if err := parseArgs("memoryview", args, kw, []string{"object"}, 1, 1, &obj); err != nil {
			return nil, err
		}
		return newMemoryView(obj)
	}
	addMethods(MemoryViewType,
		method("tobytes", "Return the data in the buffer as a byte string.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			m, err := selfMV(self)
			if err != nil {
				return nil, err
			}
			return py.Bytes(m.bytes()), nil
		}),
		method("tolist", "Return the data in the buffer as a list of elements.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			m, err := selfMV(self)
			if err != nil {
				return nil, err
			}
			var items []py.Object
			for _, c := range m.bytes() {
				items = append(items, py.Int(c))
			}
			return py.NewListFromItems(items), nil
		}),
		method("hex", "Return the data in the buffer as a str of hexadecimal numbers.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			m, err := selfMV(self)
			if err != nil {
				return nil, err
			}
			return py.Call(py.BytesType.Dict["hex"], append(py.Tuple{py.Bytes(m.bytes())}, args...), kw)
		}),
		method("release", "Release the underlying buffer exposed by the memoryview object.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			self.(*MemoryView).release()
			return py.None, nil
		}),
		method("__enter__", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return self.(*MemoryView).M__enter__()
		}),
		method("__exit__", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			self.(*MemoryView).release()
			return py.False, nil
		}),
	)
	MemoryViewType.Dict["readonly"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m, err := selfMV(self)
		if err != nil {
			return nil, err
		}
		_, ba := m.obj.(*ByteArray)
		return py.NewBool(!ba), nil
	}}
	MemoryViewType.Dict["nbytes"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m, err := selfMV(self)
		if err != nil {
			return nil, err
		}
		return py.Int(m.length), nil
	}}
	MemoryViewType.Dict["obj"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		m, err := selfMV(self)
		if err != nil {
			return nil, err
		}
		return m.obj, nil
	}}
	MemoryViewType.Dict["format"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.String("B"), nil }}
	MemoryViewType.Dict["itemsize"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(1), nil }}
}

// WritableBuffer returns the memory of a writable bytes-like object (a bytearray, or a
// contiguous memoryview of one) for a readinto() to fill: writing into the slice changes the
// object. ok is false for any other object (bytes are read-only).
func WritableBuffer(o py.Object) (b []byte, ok bool) {
	switch v := o.(type) {
	case *ByteArray:
		return v.b, true
	case *MemoryView:
		ba, isBA := v.obj.(*ByteArray)
		if !isBA || v.released || v.step != 1 {
			return nil, false
		}
		end := v.start + v.length
		if v.start < 0 || end > len(ba.b) {
			return nil, false
		}
		return ba.b[v.start:end], true
	}
	if IsUserInstance(o) {
		if n := NativeOf(o); n != nil && !IsUserInstance(n) {
			return WritableBuffer(n)
		}
	}
	return nil, false
}
