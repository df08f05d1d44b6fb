package pickle

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// The exception classes of the pickle module, with CPython's module name.
var (
	// PickleError is the base class of the pickling exceptions.
	PickleError = classes.NewException(py.ExceptionType, "PickleError", "")
	// PicklingError is raised when an object cannot be pickled.
	PicklingError = classes.NewException(PickleError, "PicklingError", "")
	// UnpicklingError is raised when data cannot be unpickled.
	UnpicklingError = classes.NewException(PickleError, "UnpicklingError", "")
)

func init() {
	for _, t := range []*py.Type{PickleError, PicklingError, UnpicklingError} {
		t.Dict["__module__"] = py.String("_pickle")
		// gpython gives subtypes made in Go their parent as metatype, which breaks
		// "except Exception"; a class's metatype is type.
		t.ObjectType = py.TypeType
		// NewType copies the parent's flags, READY included, and types made after
		// gpython's init are never readied: without an MRO, except clauses and
		// isinstance do not see the base classes.
		t.Flags &^= py.TPFLAGS_READY
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
}

// ByteArrayType is the type of ByteArray, used for bytearray pickles (BYTEARRAY8, protocol 5)
// while gopy's builtins have no bytearray.
var ByteArrayType = py.NewTypeX("bytearray", "bytearray(iterable_of_ints) -> bytearray", byteArrayNew, nil)

func byteArrayNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return &ByteArray{Data: []byte{}}, nil
	}
	if len(args) == 1 {
		switch a := args[0].(type) {
		case py.Bytes:
			return &ByteArray{Data: append([]byte{}, a...)}, nil
		case *ByteArray:
			return &ByteArray{Data: append([]byte{}, a.Data...)}, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "bytearray() argument must be bytes")
}

// ByteArray is a minimal mutable byte sequence.
type ByteArray struct {
	Data []byte
}

// Type returns ByteArrayType.
func (b *ByteArray) Type() *py.Type { return ByteArrayType }

// M__repr__ returns bytearray(b'...').
func (b *ByteArray) M__repr__() (py.Object, error) {
	return py.String("bytearray(" + reprBytes(b.Data) + ")"), nil
}

// M__len__ returns the length.
func (b *ByteArray) M__len__() (py.Object, error) { return py.Int(len(b.Data)), nil }

// M__eq__ compares with bytes and bytearrays.
func (b *ByteArray) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *ByteArray:
		return py.NewBool(string(o.Data) == string(b.Data)), nil
	case py.Bytes:
		return py.NewBool(string(o) == string(b.Data)), nil
	}
	return py.NotImplemented, nil
}

// PickleBufferType is the type of pickle.PickleBuffer.
var PickleBufferType = py.NewTypeX("PickleBuffer", "Wrapper for potentially out-of-band buffers", pickleBufferNew, nil)

// PickleBuffer wraps a bytes-like object for protocol 5 out-of-band pickling.
type PickleBuffer struct {
	Data     []byte
	Readonly bool
	base     py.Object
	released bool
}

// Type returns PickleBufferType.
func (b *PickleBuffer) Type() *py.Type { return PickleBufferType }

func pickleBufferNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if len(args)+len(kwargs) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "PickleBuffer() takes exactly 1 positional argument (0 given)")
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:PickleBuffer", []string{"buffer"}, &obj); err != nil {
		return nil, err
	}
	switch o := obj.(type) {
	case py.Bytes:
		return &PickleBuffer{Data: o, Readonly: true, base: o}, nil
	case *ByteArray:
		return &PickleBuffer{Data: o.Data, base: o}, nil
	case *PickleBuffer:
		return &PickleBuffer{Data: o.Data, Readonly: o.Readonly, base: o.base}, nil
	case interface{ Bytes() []byte }:
		// The object model's bytearray: a writable buffer.
		return &PickleBuffer{Data: o.Bytes(), base: obj}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(obj))
}

func init() {
	PickleBufferType.Dict["__module__"] = py.String("pickle")
	builtins.Ready(PickleBufferType)
	PickleBufferType.Dict["raw"] = py.MustNewMethod("raw", func(self py.Object) (py.Object, error) {
		b := self.(*PickleBuffer)
		if b.released {
			return nil, py.ExceptionNewf(py.ValueError, "operation forbidden on released PickleBuffer object")
		}
		switch b.base.(type) {
		case py.Bytes, *objects.ByteArray:
			// A memoryview of the wrapped object, as CPython's (format 'B').
			return py.Call(objects.MemoryViewType, py.Tuple{b.base}, nil)
		}
		if b.Readonly {
			return py.Bytes(b.Data), nil
		}
		return &ByteArray{Data: b.Data}, nil
	}, 0, "raw()\n\nReturn a memoryview of the raw memory underlying this buffer.")
	PickleBufferType.Dict["release"] = py.MustNewMethod("release", func(self py.Object) (py.Object, error) {
		self.(*PickleBuffer).released = true
		return py.None, nil
	}, 0, "release()\n\nRelease the underlying buffer.")
}

// M__repr__ returns a CPython-like repr.
func (b *PickleBuffer) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<pickle.PickleBuffer object at %p>", b)), nil
}

// M__bytes__ returns the buffer's bytes.
func (b *PickleBuffer) M__bytes__() (py.Object, error) { return py.Bytes(b.Data), nil }

// reprBytes returns Python's repr of bytes.
func reprBytes(b []byte) string {
	var sb strings.Builder
	q := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		q = '"'
	}
	sb.WriteString("b")
	sb.WriteByte(q)
	for _, c := range b {
		switch {
		case c == q || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString("\\n")
		case c == '\r':
			sb.WriteString("\\r")
		case c == '\t':
			sb.WriteString("\\t")
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, "\\x%02x", c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}
