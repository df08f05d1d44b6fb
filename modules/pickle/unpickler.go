package pickle

import (
	"bytes"
	"encoding/binary"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// Unpickler reads pickles of every protocol, with the error behaviour of CPython 3.11's C
// unpickler: truncated input raises UnpicklingError or EOFError, forged lengths are checked
// against the input before anything is allocated, and no input makes it panic.
type Unpickler struct {
	ctx        py.Context
	src        source
	proto      int
	fixImports bool
	// Encoding and Errors decode protocol 0-2 STRING/BINSTRING data ("bytes" keeps bytes).
	Encoding, Errors string
	// PersistentLoad, when set, resolves persistent ids.
	PersistentLoad py.Object
	// FindClass, when set, replaces the default module/name lookup (a subclass's find_class).
	FindClass py.Object
	// Buffers, when set, is an iterator over the out-of-band buffers (protocol 5).
	Buffers py.Object
	// ShareInput lets a bytes object that is most of the input share the input's memory
	// instead of copying it (LoadsShared).
	ShareInput bool

	stack     []py.Object
	marks     []int
	fence     int
	memo      []py.Object
	bigMemo   map[uint64]py.Object
	memoCount uint64
}

// NewUnpickler returns an Unpickler reading data.
func NewUnpickler(ctx py.Context, data []byte) *Unpickler {
	return &Unpickler{ctx: ctx, src: &byteSource{data: data}, fixImports: true, Encoding: "ASCII", Errors: "strict"}
}

// SetInput makes u read data next, keeping its memo: a pickle in data may refer to the
// objects of those u read before (see Pickler.Clone).
func (u *Unpickler) SetInput(data []byte) { u.src = &byteSource{data: data} }

// newFileUnpickler returns an Unpickler reading from a Python file object (read/readline).
func newFileUnpickler(ctx py.Context, file py.Object) (*Unpickler, error) {
	read, err := py.GetAttrString(file, "read")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "file must have 'read' and 'readline' attributes")
	}
	// gpython's file objects have no readline: lines are then read byte by byte.
	readline, err := lookupAttr(file, "readline")
	if err != nil {
		return nil, err
	}
	return &Unpickler{ctx: ctx, src: &fileSource{readFn: read, readlineFn: readline}, fixImports: true, Encoding: "ASCII", Errors: "strict"}, nil
}

// Loads reads one pickled object from data, like pickle.loads with default arguments.
func Loads(ctx py.Context, data []byte) (py.Object, error) {
	return NewUnpickler(ctx, data).Load()
}

// LoadsShared is Loads for data that nobody changes or reuses afterwards: a bytes object
// of at least half the input (a large payload sent through a connection) keeps its bytes
// in data rather than in a copy.
func LoadsShared(ctx py.Context, data []byte) (py.Object, error) {
	u := NewUnpickler(ctx, data)
	u.ShareInput = true
	return u.Load()
}

// source is where an Unpickler reads from.
type source interface {
	// read returns exactly n bytes, or errTruncated.
	read(n uint64) ([]byte, error)
	// readline returns a line including its '\n', or errTruncated.
	readline() ([]byte, error)
	// readOpcode returns the next byte; ok is false at the end of the input.
	readOpcode() (op byte, ok bool, err error)
}

type byteSource struct {
	data []byte
	pos  int
}

func truncated() error { return py.ExceptionNewf(UnpicklingError, "pickle data was truncated") }

func (s *byteSource) read(n uint64) ([]byte, error) {
	if n > uint64(math.MaxInt64-s.pos) {
		return nil, py.ExceptionNewf(UnpicklingError, "read would overflow (invalid bytecode)")
	}
	if n > uint64(len(s.data)-s.pos) {
		return nil, truncated()
	}
	b := s.data[s.pos : s.pos+int(n)]
	s.pos += int(n)
	return b, nil
}

func (s *byteSource) readline() ([]byte, error) {
	i := bytes.IndexByte(s.data[s.pos:], '\n')
	if i < 0 {
		return nil, truncated()
	}
	b := s.data[s.pos : s.pos+i+1]
	s.pos += i + 1
	return b, nil
}

func (s *byteSource) readOpcode() (byte, bool, error) {
	if s.pos >= len(s.data) {
		return 0, false, nil
	}
	s.pos++
	return s.data[s.pos-1], true, nil
}

// fileSource reads through a Python file object, in bounded chunks so that a forged length
// does not make it ask for (and allocate) more than the file holds.
type fileSource struct {
	readFn, readlineFn py.Object
	// frame holds the unread rest of the current protocol 4 frame, read in one call.
	frame []byte
}

// prefetch reads a whole frame of n bytes (in bounded chunks), as CPython does, so that
// the opcodes inside it do not each cost a call to file.read.
func (s *fileSource) prefetch(n uint64) error {
	if n <= uint64(len(s.frame)) {
		return nil
	}
	b, err := s.readFile(n - uint64(len(s.frame)))
	if err != nil {
		return err
	}
	s.frame = append(s.frame, b...)
	return nil
}

const fileChunk = 1 << 20

func (s *fileSource) read(n uint64) ([]byte, error) {
	if len(s.frame) > 0 {
		if n > uint64(len(s.frame)) {
			return nil, truncated()
		}
		b := s.frame[:n]
		s.frame = s.frame[n:]
		return b, nil
	}
	return s.readFile(n)
}

// readFile reads n bytes from the file itself.
func (s *fileSource) readFile(n uint64) ([]byte, error) {
	var out []byte
	for uint64(len(out)) < n {
		want := n - uint64(len(out))
		if want > fileChunk {
			want = fileChunk
		}
		r, err := py.Call(s.readFn, py.Tuple{py.Int(want)}, nil)
		if err != nil {
			return nil, err
		}
		b, err := bytesOf(r)
		if err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return nil, truncated()
		}
		out = append(out, b...)
	}
	return out, nil
}

func (s *fileSource) readline() ([]byte, error) {
	if len(s.frame) > 0 {
		i := bytes.IndexByte(s.frame, '\n')
		if i < 0 {
			return nil, truncated()
		}
		b := s.frame[:i+1]
		s.frame = s.frame[i+1:]
		return b, nil
	}
	if s.readlineFn == nil {
		var line []byte
		for len(line) == 0 || line[len(line)-1] != '\n' {
			c, ok, err := s.readOpcode()
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, truncated()
			}
			line = append(line, c)
		}
		return line, nil
	}
	r, err := py.Call(s.readlineFn, nil, nil)
	if err != nil {
		return nil, err
	}
	b, err := bytesOf(r)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, truncated()
	}
	return b, nil
}

func (s *fileSource) readOpcode() (byte, bool, error) {
	if len(s.frame) > 0 {
		c := s.frame[0]
		s.frame = s.frame[1:]
		return c, true, nil
	}
	r, err := py.Call(s.readFn, py.Tuple{py.Int(1)}, nil)
	if err != nil {
		return 0, false, err
	}
	b, err := bytesOf(r)
	if err != nil {
		return 0, false, err
	}
	if len(b) == 0 {
		return 0, false, nil
	}
	return b[0], true, nil
}

func bytesOf(r py.Object) ([]byte, error) {
	switch b := r.(type) {
	case py.Bytes:
		return b, nil
	case *ByteArray:
		return b.Data, nil
	case interface{ Bytes() []byte }:
		return b.Bytes(), nil
	case *objects.MemoryView:
		tb, err := py.GetAttrString(b, "tobytes")
		if err != nil {
			return nil, err
		}
		out, err := py.Call(tb, nil, nil)
		if err != nil {
			return nil, err
		}
		if data, ok := out.(py.Bytes); ok {
			return data, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeName(r))
}

// Load reads one object: it runs opcodes until STOP.
func (u *Unpickler) Load() (result py.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, recoveredError(r)
		}
	}()
	u.stack, u.marks, u.fence = u.stack[:0], u.marks[:0], 0
	u.proto = 0
	for {
		op, ok, err := u.src.readOpcode()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.ExceptionNewf(py.EOFError, "Ran out of input")
		}
		if op == opStop {
			return u.pop()
		}
		if err := u.dispatch(op); err != nil {
			return nil, err
		}
	}
}

// The stack follows CPython's Pdata: objects above the innermost mark (the fence) can be
// popped; the marks are kept apart.

func (u *Unpickler) underflow() error {
	if len(u.marks) > 0 {
		return py.ExceptionNewf(UnpicklingError, "unexpected MARK found")
	}
	return py.ExceptionNewf(UnpicklingError, "unpickling stack underflow")
}

func (u *Unpickler) push(x py.Object) { u.stack = append(u.stack, x) }

func (u *Unpickler) pop() (py.Object, error) {
	if len(u.stack) <= u.fence {
		return nil, u.underflow()
	}
	x := u.stack[len(u.stack)-1]
	u.stack = u.stack[:len(u.stack)-1]
	return x, nil
}

func (u *Unpickler) top() (py.Object, error) {
	if len(u.stack) <= u.fence {
		return nil, u.underflow()
	}
	return u.stack[len(u.stack)-1], nil
}

// marker pops the innermost mark and returns its stack position.
func (u *Unpickler) marker() (int, error) {
	if len(u.marks) == 0 {
		return 0, py.ExceptionNewf(UnpicklingError, "could not find MARK")
	}
	m := u.marks[len(u.marks)-1]
	u.marks = u.marks[:len(u.marks)-1]
	u.fence = 0
	if len(u.marks) > 0 {
		u.fence = u.marks[len(u.marks)-1]
	}
	return m, nil
}

// popSlice removes and returns a copy of the stack from start.
func (u *Unpickler) popSlice(start int) ([]py.Object, error) {
	if start < u.fence || start > len(u.stack) {
		return nil, u.underflow()
	}
	items := append([]py.Object(nil), u.stack[start:]...)
	u.stack = u.stack[:start]
	return items, nil
}

func (u *Unpickler) popMark() ([]py.Object, error) {
	m, err := u.marker()
	if err != nil {
		return nil, err
	}
	return u.popSlice(m)
}

// memoPut stores x at idx: in a slice while the indices are dense (as every pickler writes
// them), in a map for any other index, so a forged index costs one map entry.
func (u *Unpickler) memoPut(idx uint64, x py.Object) {
	if idx < uint64(len(u.memo)) {
		if u.memo[idx] == nil {
			u.memoCount++
		}
		u.memo[idx] = x
		return
	}
	if idx == uint64(len(u.memo)) && u.bigMemo[idx] == nil {
		u.memo = append(u.memo, x)
		u.memoCount++
		return
	}
	if u.bigMemo == nil {
		u.bigMemo = map[uint64]py.Object{}
	}
	if _, ok := u.bigMemo[idx]; !ok {
		u.memoCount++
	}
	u.bigMemo[idx] = x
}

func (u *Unpickler) memoGet(idx uint64) (py.Object, error) {
	var x py.Object
	if idx < uint64(len(u.memo)) {
		x = u.memo[idx]
	}
	if x == nil && u.bigMemo != nil {
		x = u.bigMemo[idx]
	}
	if x == nil {
		return nil, py.ExceptionNewf(UnpicklingError, "Memo value not found at index %d", idx)
	}
	return x, nil
}

func (u *Unpickler) memoLen() uint64 { return u.memoCount }

func le(b []byte) uint64 {
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func (u *Unpickler) readUint(n int) (uint64, error) {
	b, err := u.src.read(uint64(n))
	if err != nil {
		return 0, err
	}
	if n == 8 {
		return binary.LittleEndian.Uint64(b), nil
	}
	return le(b), nil
}
