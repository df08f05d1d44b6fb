package multiprocessing

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"runtime"
	"weak"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/modules/errno"
)

// sharedMem is a shared memory segment: a memfd mapped MAP_SHARED, handed over to spawned
// children by its descriptor. It is unmapped and closed when garbage collected.
type sharedMem struct {
	res *semResources // mem and memfd; no doorbell (bellR, bellW are -1)
}

func newSharedMem(size int) (*sharedMem, error) {
	var memfd int
	err := withFdRetry(func() (err error) {
		memfd, err = unix.MemfdCreate("gopy-sharedctypes", unix.MFD_CLOEXEC)
		return err
	})
	if err != nil {
		return nil, errno.FromError(err)
	}
	if err := unix.Ftruncate(memfd, int64(max(size, 1))); err != nil {
		unix.Close(memfd)
		return nil, errno.FromError(err)
	}
	return openSharedMem(memfd, size)
}

func openSharedMem(memfd, size int) (*sharedMem, error) {
	mem, err := unix.Mmap(memfd, 0, max(size, 1), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		unix.Close(memfd)
		return nil, errno.FromError(err)
	}
	fd := &ownedFd{fd: memfd}
	m := &sharedMem{res: &semResources{mem: mem, memfd: fd, bellR: -1, bellW: -1}}
	runtime.AddCleanup(m, (*semResources).release, m.res)
	// The interpreter's finalization closes the descriptor of a block still alive (the
	// mapping stays until the collector frees the block): after it, the block can no
	// longer be handed to a new child.
	wm := weak.Make(m)
	finalize.Register(func() bool { return wm.Value() == nil }, func() finalize.State {
		if fd.get() < 0 {
			return finalize.Done
		}
		return finalize.Idle
	}, fd.close)
	return m, nil
}

// ctype describes a typecode of sharedctypes (the ctypes type it stands for).
type ctype struct {
	name   string
	size   int
	signed bool
	float  bool
	char   bool
	wchar  bool // c_wchar: a character of a str, stored as its code point
	truth  bool // c_bool: only ctypes.c_bool names it (sharedctypes has no '?' typecode)
}

var ctypes = map[string]ctype{
	"c": {name: "c_char", size: 1, char: true}, "u": {name: "c_wchar", size: 4, wchar: true},
	"?": {name: "c_bool", size: 1, truth: true},
	"b": {name: "c_byte", size: 1, signed: true}, "B": {name: "c_ubyte", size: 1},
	"h": {name: "c_short", size: 2, signed: true}, "H": {name: "c_ushort", size: 2},
	"i": {name: "c_int", size: 4, signed: true}, "I": {name: "c_uint", size: 4},
	"l": {name: "c_long", size: 8, signed: true}, "L": {name: "c_ulong", size: 8},
	"q": {name: "c_long", size: 8, signed: true}, "Q": {name: "c_ulong", size: 8},
	"f": {name: "c_float", size: 4, float: true}, "d": {name: "c_double", size: 8, float: true},
}

// load reads the element at b.
func (t ctype) load(b []byte) py.Object {
	switch {
	case t.char:
		return py.Bytes{b[0]}
	case t.truth:
		return py.NewBool(b[0] != 0)
	case t.wchar:
		return py.String(string(rune(binary.NativeEndian.Uint32(b))))
	case t.float && t.size == 4:
		return py.Float(math.Float32frombits(binary.NativeEndian.Uint32(b)))
	case t.float:
		return py.Float(math.Float64frombits(binary.NativeEndian.Uint64(b)))
	}
	var u uint64
	switch t.size {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(binary.NativeEndian.Uint16(b))
	case 4:
		u = uint64(binary.NativeEndian.Uint32(b))
	default:
		u = binary.NativeEndian.Uint64(b)
	}
	if t.signed {
		shift := 64 - 8*t.size
		return py.Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return (*py.BigInt)(new(big.Int).SetUint64(u))
	}
	return py.Int(u)
}

// store writes v into b, wrapping integers as ctypes does.
func (t ctype) store(b []byte, v py.Object) error {
	switch {
	case t.char:
		switch x := v.(type) {
		case py.Bytes:
			if len(x) == 1 {
				b[0] = x[0]
				return nil
			}
		case py.Int:
			if x >= 0 && x < 256 {
				b[0] = byte(x)
				return nil
			}
		}
		return py.ExceptionNewf(py.TypeError, "one character bytes, bytearray or integer expected")
	case t.truth:
		b[0] = 0
		if x, isBytes := v.(py.Bytes); isBytes { // gpython counts b'' true
			if len(x) > 0 {
				b[0] = 1
			}
			return nil
		}
		r, err := py.MakeBool(v)
		if err != nil {
			return err
		}
		if r == py.True {
			b[0] = 1
		}
		return nil
	case t.wchar:
		r := []rune(stringOf(v))
		if _, isStr := v.(py.String); !isStr || len(r) != 1 {
			return py.ExceptionNewf(py.TypeError, "one character unicode string expected")
		}
		binary.NativeEndian.PutUint32(b, uint32(r[0]))
		return nil
	case t.float:
		var f float64
		switch x := v.(type) {
		case py.Float:
			f = float64(x)
		case py.Int:
			f = float64(x)
		case py.Bool:
			if x {
				f = 1
			}
		case *py.BigInt:
			f, _ = new(big.Float).SetInt((*big.Int)(x)).Float64()
		default:
			return py.ExceptionNewf(py.TypeError, "must be real number, not %s", v.Type().Name)
		}
		if t.size == 4 {
			binary.NativeEndian.PutUint32(b, math.Float32bits(float32(f)))
		} else {
			binary.NativeEndian.PutUint64(b, math.Float64bits(f))
		}
		return nil
	}
	var u uint64
	switch x := v.(type) {
	case py.Int:
		u = uint64(x)
	case py.Bool:
		if x {
			u = 1
		}
	case *py.BigInt:
		m := new(big.Int).And((*big.Int)(x), new(big.Int).SetUint64(math.MaxUint64))
		u = m.Uint64()
	default:
		return py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	switch t.size {
	case 1:
		b[0] = byte(u)
	case 2:
		binary.NativeEndian.PutUint16(b, uint16(u))
	case 4:
		binary.NativeEndian.PutUint32(b, uint32(u))
	default:
		binary.NativeEndian.PutUint64(b, u)
	}
	return nil
}

func stringOf(v py.Object) string {
	s, _ := v.(py.String)
	return string(s)
}

// Shared is a sharedctypes object: Value/RawValue (n < 0: a single element) or
// Array/RawArray (n elements) in shared memory, with its lock (nil for the raw forms).
type Shared struct {
	ctx      py.Context
	mem      *sharedMem
	code     string
	t        ctype
	n        int // -1 for a value
	lock     *SemLock
	typ      *py.Type
	typeName string // the ctypes name shown by repr
}

// The sharedctypes types: the synchronized wrappers and the raw ctypes-like objects.
var (
	SynchronizedType       = newSharedType("Synchronized", "multiprocessing.sharedctypes")
	SynchronizedArrayType  = newSharedType("SynchronizedArray", "multiprocessing.sharedctypes")
	SynchronizedStringType = newSharedType("SynchronizedString", "multiprocessing.sharedctypes")
	RawValueType           = newSharedType("_SimpleCData", "ctypes")
	RawArrayType           = newSharedType("Array", "ctypes")
)

func newSharedType(name, module string) *py.Type {
	t := py.NewType(name, "A ctypes object in shared memory (multiprocessing.sharedctypes).")
	t.Dict["__module__"] = py.String(module)
	return t
}

// Type returns the object's type.
func (s *Shared) Type() *py.Type { return s.typ }

func (s *Shared) elem(i int) []byte {
	if s.n < 0 {
		i = 0
	}
	return s.mem.res.mem[i*s.t.size : (i+1)*s.t.size]
}

func (s *Shared) setType() {
	switch {
	case s.n < 0 && s.lock != nil:
		s.typ = SynchronizedType
	case s.n < 0:
		s.typ = RawValueType
	case s.lock == nil:
		s.typ = RawArrayType
	case s.t.char:
		s.typ = SynchronizedStringType
	default:
		s.typ = SynchronizedArrayType
	}
	s.typeName = s.t.name
	if s.n >= 0 {
		s.typeName = fmt.Sprintf("%s_Array_%d", s.t.name, s.n)
	}
}

// newShared makes a Value (n < 0) or an Array of n elements; init are the initial values.
func newShared(ctx py.Context, code string, n int, init []py.Object, lock py.Object) (*Shared, error) {
	t, ok := ctypes[code]
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "this type has no size")
	}
	if n > math.MaxInt64/t.size {
		// ctypes' limit for an array type: its size in bytes must fit a Py_ssize_t.
		return nil, py.ExceptionNewf(py.OverflowError, "array too large")
	}
	if err := memlimit.Check(n, t.size); err != nil {
		return nil, err
	}
	mem, err := newSharedMem(max(n, 1) * t.size)
	if err != nil {
		return nil, err
	}
	s := &Shared{ctx: ctx, mem: mem, code: code, t: t, n: n}
	for i, v := range init {
		if err := t.store(s.elem(i), v); err != nil {
			return nil, err
		}
	}
	switch l := lock.(type) {
	case nil:
	case *SemLock:
		s.lock = l
	default:
		b, err := truth(lock)
		if err != nil {
			return nil, err
		}
		if b {
			if s.lock, err = newSemLock(ctx, RLockType, 1, 1); err != nil {
				return nil, err
			}
		}
	}
	s.setType()
	return s, nil
}

func (s *Shared) repr() string {
	if s.n >= 0 {
		inner := fmt.Sprintf("<multiprocessing.sharedctypes.%s object at %p>", s.typeName, s)
		if s.lock == nil {
			return inner
		}
		return fmt.Sprintf("<%s wrapper for %s>", s.typ.Name, inner)
	}
	inner := s.typeName + "(" + pyRepr(s.t.load(s.elem(0))) + ")"
	if s.lock == nil {
		return inner
	}
	return "<Synchronized wrapper for " + inner + ">"
}

// M__repr__ is CPython's repr.
func (s *Shared) M__repr__() (py.Object, error) { return py.String(s.repr()), nil }

// M__str__ is the repr.
func (s *Shared) M__str__() (py.Object, error) { return s.M__repr__() }

// locked runs fn holding the object's lock, if it has one.
func (s *Shared) locked(fn func() (py.Object, error)) (py.Object, error) {
	if s.lock == nil {
		return fn()
	}
	if _, err := s.lock.acquire(-1); err != nil {
		return nil, err
	}
	r, err := fn()
	if rerr := s.lock.release(); err == nil {
		err = rerr
	}
	return r, err
}
