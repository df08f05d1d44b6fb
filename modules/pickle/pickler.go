package pickle

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Pickler writes the pickle of objects, byte for byte as CPython 3.11's C pickler does.
//
// The optional hooks mirror the attributes of CPython's pickle.Pickler: each is nil when the
// corresponding attribute is absent.
type Pickler struct {
	ctx        py.Context
	proto      int
	fixImports bool

	// PersistentID, when set, is called for every object before it is saved; a result other
	// than None is written as a persistent id instead of the object.
	PersistentID py.Object
	// ReducerOverride, when set, is called for objects that are not of an atomic or
	// container type; NotImplemented falls back to the normal reduction.
	ReducerOverride py.Object
	// DispatchTable, when set, replaces copyreg.dispatch_table: a mapping from type to
	// reduction function.
	DispatchTable py.Object
	// BufferCallback, when set (protocol 5), receives PickleBuffers; a false result means
	// the buffer is sent out of band.
	BufferCallback py.Object
	// Fast disables the memo (CPython's "fast mode"): recursive objects then fail.
	Fast bool

	// Hook, when set, is a Go reducer consulted for every object that is not an atom, a
	// str or bytes, or already memoized, before containers, classes and functions get
	// their usual treatment: a non-nil result is saved as a __reduce__ value would be (a
	// tuple, or a str naming a global). It lets a Go caller pickle by value what pickle
	// takes by reference (multiprocessing's 'fork' start method).
	Hook func(obj py.Object) (py.Object, error)
	// Substitute, when set, is asked for a replacement when an object that is not an
	// atom fails to pickle: what was written for it is taken back (output and memo) and
	// the replacement is saved instead. Its own failure is an error.
	Substitute func(obj py.Object, err error) (py.Object, bool)
	// NoFrames writes protocol 4 and above without FRAME opcodes (a pickle that Substitute
	// can cut back anywhere; unpicklers do not need frames).
	NoFrames bool

	out        []byte
	framing    bool
	frameStart int
	memo       *memoTable
	depth      int
	// flush, when set, receives the output of every committed frame (dump to a file).
	flush func([]byte) error
	// oneShot marks a pickler used for one Dump (Dumps): the output is not copied.
	oneShot bool
	// vectored (DumpVectored) leaves large payloads of immutable objects out of out: ext
	// lists them with where they go.
	vectored bool
	ext      []extPayload
}

// An extPayload is a payload left out of the output: it goes after out[:at].
type extPayload struct {
	at   int
	data []byte
}

// maxDepth bounds the nesting of containers, like CPython's recursion limit.
const maxDepth = 1000

// NewPickler returns a Pickler for protocol proto (negative means HighestProtocol) that
// resolves modules in ctx.
func NewPickler(ctx py.Context, proto int, fixImports bool) (*Pickler, error) {
	if proto < 0 {
		proto = HighestProtocol
	}
	if proto > HighestProtocol {
		return nil, py.ExceptionNewf(py.ValueError, "pickle protocol must be <= %d", HighestProtocol)
	}
	return &Pickler{ctx: ctx, proto: proto, fixImports: fixImports, frameStart: -1, memo: newMemoTable()}, nil
}

// Dumps returns the pickle of obj with the given protocol (negative: highest), like pickle.dumps.
func Dumps(ctx py.Context, obj py.Object, proto int) ([]byte, error) {
	p, err := NewPickler(ctx, proto, true)
	if err != nil {
		return nil, err
	}
	// The pickler is not reused: its buffer can be handed out without a copy.
	p.oneShot = true
	return p.Dump(obj)
}

// Dump pickles obj and returns the bytes written. The memo is kept between calls, as in
// CPython, so a second Dump of the same object writes a memo reference.
func (p *Pickler) Dump(obj py.Object) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = nil, recoveredError(r)
		}
	}()
	p.out = p.out[:0]
	return p.dump(obj)
}

// DumpAppend pickles obj after dst and returns the extended slice, which the pickler
// keeps no reference to. The memo is kept between calls, as Dump's.
func (p *Pickler) DumpAppend(dst []byte, obj py.Object) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			data, err = dst, recoveredError(r)
		}
	}()
	saved := p.oneShot
	p.out, p.oneShot = dst, true
	data, err = p.dump(obj)
	p.oneShot = saved
	if err != nil {
		p.out = nil
		return dst, err
	}
	return data, nil
}

// DumpVectored pickles obj after dst as DumpAppend does, but leaves the payloads of
// large bytes and str objects (those written outside frames, protocol 4 and above) where
// they are: dst and the pickle are the concatenation of pieces, made of parts of data and
// of those payloads (shared with the objects, which are immutable), ready for writev.
// data is dst extended with the pickler's own output, for the caller to reuse once the
// pieces are written. A pickler
// with Substitute or writing to a file dumps as DumpAppend does (one piece).
func (p *Pickler) DumpVectored(dst []byte, obj py.Object, pieces [][]byte) (data []byte, _ [][]byte, err error) {
	p.vectored = p.Substitute == nil && p.flush == nil
	p.ext = p.ext[:0]
	data, err = p.DumpAppend(dst, obj)
	p.vectored = false
	if err != nil {
		p.ext = p.ext[:0]
		return dst, pieces, err
	}
	prev := 0
	for _, e := range p.ext {
		pieces = append(pieces, data[prev:e.at], e.data)
		prev = e.at
	}
	clear(p.ext)
	p.ext = p.ext[:0]
	return data, append(pieces, data[prev:]), nil
}

// Clone returns a pickler with the same settings and a copy of the memo: pickles it
// writes may refer to the objects this one has written, for an unpickler that has read
// those first (multiprocessing sends one such prefix to several children). The memo is
// not copied: what both hold so far becomes a frozen table that each goes on over, so a
// clone costs the same whatever the memo holds.
func (p *Pickler) Clone() *Pickler {
	frozen := p.memo.frozen()
	p.memo = layer(frozen)
	c := *p
	c.out, c.flush = nil, nil
	c.memo = layer(frozen)
	return &c
}

// dump writes the pickle of obj after p.out.
func (p *Pickler) dump(obj py.Object) ([]byte, error) {
	p.frameStart = -1
	if p.proto >= 2 {
		p.out = append(p.out, opProto, byte(p.proto))
		if p.proto >= 4 && !p.NoFrames {
			p.framing = true
		}
	}
	if err := p.save(obj, false); err != nil {
		p.framing = false
		return nil, err
	}
	p.write(opStop)
	p.commitFrame()
	p.framing = false
	if p.flush != nil {
		if err := p.flush(p.out); err != nil {
			return nil, err
		}
		p.out = p.out[:0]
		return nil, nil
	}
	if p.oneShot {
		out := p.out
		p.out = nil
		return out, nil
	}
	return append([]byte(nil), p.out...), nil
}

// ClearMemo forgets the objects pickled so far.
func (p *Pickler) ClearMemo() { p.memo = newMemoTable() }

// recoveredError turns a Go panic inside a Python callback into a SystemError rather than
// letting it kill the process.
func recoveredError(r any) error {
	if e, ok := r.(error); ok {
		if pe, ok := e.(*py.Exception); ok {
			return pe
		}
		return py.ExceptionNewf(py.SystemError, "pickle: %v", e)
	}
	return py.ExceptionNewf(py.SystemError, "pickle: %v", r)
}

// write appends raw bytes, opening a frame first when framing and none is open.
func (p *Pickler) write(b ...byte) {
	if p.framing && p.frameStart == -1 {
		p.frameStart = len(p.out)
		p.out = append(p.out, 0, 0, 0, 0, 0, 0, 0, 0, 0)
	}
	p.out = append(p.out, b...)
}

func (p *Pickler) writeString(s string) {
	if p.framing && p.frameStart == -1 {
		p.write()
	}
	p.out = append(p.out, s...)
}

// commitFrame closes the open frame: a FRAME header when it holds at least frameSizeMin
// bytes, nothing otherwise (the reserved header space is removed).
func (p *Pickler) commitFrame() {
	if !p.framing || p.frameStart == -1 {
		return
	}
	n := len(p.out) - p.frameStart - frameHeaderSize
	if n >= frameSizeMin {
		p.out[p.frameStart] = opFrame
		binary.LittleEndian.PutUint64(p.out[p.frameStart+1:], uint64(n))
	} else {
		copy(p.out[p.frameStart:], p.out[p.frameStart+frameHeaderSize:])
		p.out = p.out[:len(p.out)-frameHeaderSize]
	}
	p.frameStart = -1
}

// opcodeBoundary commits the frame once it reaches the target size; when dumping to a file
// the committed bytes are flushed.
func (p *Pickler) opcodeBoundary() error {
	if !p.framing || p.frameStart == -1 {
		return nil
	}
	if len(p.out)-p.frameStart-frameHeaderSize >= frameSizeTarget {
		p.commitFrame()
		if p.flush != nil {
			if err := p.flush(p.out); err != nil {
				return err
			}
			p.out = p.out[:0]
		}
	}
	return nil
}

// writeLarge writes an opcode header and its payload; a payload of frameSizeTarget bytes or
// more goes outside any frame, as CPython does.
func (p *Pickler) writeLarge(header []byte, payload []byte) {
	p.writeLargeShared(header, payload, false)
}

// writeLargeShared is writeLarge; shared marks a payload that cannot change (a bytes or
// str object's), which DumpVectored leaves out of the output when it is written outside
// any frame.
func (p *Pickler) writeLargeShared(header []byte, payload []byte, shared bool) {
	if p.framing && len(payload) >= frameSizeTarget {
		p.commitFrame()
		p.out = append(p.out, header...)
		if shared && p.vectored {
			p.ext = append(p.ext, extPayload{at: len(p.out), data: payload})
			return
		}
		p.out = append(p.out, payload...)
		return
	}
	p.write(header...)
	p.out = append(p.out, payload...)
}

// writeLargeString is writeLarge for a string payload.
func (p *Pickler) writeLargeString(header []byte, payload string) {
	if p.framing && len(payload) >= frameSizeTarget {
		p.writeLargeShared(header, unsafe.Slice(unsafe.StringData(payload), len(payload)), true)
		return
	}
	p.write(header...)
	p.out = append(p.out, payload...)
}

// save writes obj, following the order of checks of CPython's save().
func (p *Pickler) save(obj py.Object, persSave bool) error {
	if err := p.opcodeBoundary(); err != nil {
		return err
	}
	if !persSave && p.PersistentID != nil && p.PersistentID != py.None {
		done, err := p.savePers(obj)
		if done || err != nil {
			return err
		}
	}
	switch o := obj.(type) {
	case py.NoneType:
		p.write(opNone)
		return nil
	case py.Bool:
		p.saveBool(bool(o))
		return nil
	case py.Int:
		p.saveInt(int64(o))
		return nil
	case *py.BigInt:
		p.saveBigInt(o)
		return nil
	case py.Float:
		p.saveFloat(float64(o))
		return nil
	}
	if idx, ok := p.memoGet(obj); ok {
		p.writeMemoGet(idx)
		return nil
	}
	switch o := obj.(type) {
	case py.Bytes:
		return p.saveBytes(o)
	case py.String:
		p.saveStr(string(o))
		return nil
	}
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		return py.ExceptionNewf(recursionError(), "maximum recursion depth exceeded while pickling an object")
	}
	if p.Substitute == nil {
		return p.saveCompound(obj)
	}
	mark, memoMark := len(p.out), p.memo.len()
	err := p.saveCompound(obj)
	if err == nil || !isException(err) {
		return err
	}
	sub, ok := p.Substitute(obj, err)
	if !ok {
		return err
	}
	p.out = p.out[:mark]
	p.memo.truncate(memoMark)
	substitute := p.Substitute
	p.Substitute = nil
	defer func() { p.Substitute = substitute }()
	if err := p.save(sub, false); err != nil {
		return err
	}
	// Where obj is met again, it is the same replacement.
	if idx, ok := p.memo.get(sub); ok {
		p.memo.alias(obj, idx)
	}
	return nil
}

// saveCompound saves an object that is neither an atom nor a str or bytes.
func (p *Pickler) saveCompound(obj py.Object) error {
	if p.Hook != nil {
		rv, err := p.Hook(obj)
		if err != nil {
			return err
		}
		if rv != nil {
			return p.saveReduceValue(rv, obj)
		}
	}
	if done, err := p.saveContainer(obj); done || err != nil {
		return err
	}
	return p.saveOther(obj)
}

// isException reports whether err is a Python Exception (not a BaseException such as
// KeyboardInterrupt, which must stop the pickling).
func isException(err error) bool {
	switch e := err.(type) {
	case *py.Exception:
		return e.Type().IsSubtype(py.ExceptionType)
	case py.ExceptionInfo:
		return e.Type != nil && e.Type.IsSubtype(py.ExceptionType)
	}
	return false
}

func (p *Pickler) saveBool(b bool) {
	switch {
	case p.proto >= 2 && b:
		p.write(opNewTrue)
	case p.proto >= 2:
		p.write(opNewFalse)
	case b:
		p.writeString("I01\n")
	default:
		p.writeString("I00\n")
	}
}

func (p *Pickler) saveInt(v int64) {
	if v >= math.MinInt32 && v <= math.MaxInt32 {
		if p.proto >= 1 {
			switch {
			case v >= 0 && v <= 0xff:
				p.write(opBinInt1, byte(v))
			case v >= 0 && v <= 0xffff:
				p.write(opBinInt2, byte(v), byte(v>>8))
			default:
				p.write(opBinInt, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
			}
		} else {
			p.writeString(fmt.Sprintf("I%d\n", v))
		}
		return
	}
	p.saveBigInt((*py.BigInt)(bigFromInt64(v)))
}

func (p *Pickler) saveFloat(f float64) {
	if p.proto >= 1 {
		var b [9]byte
		b[0] = opBinFloat
		binary.BigEndian.PutUint64(b[1:], floatBits(f))
		p.write(b[:]...)
		return
	}
	p.writeString("F" + floatRepr(f) + "\n")
}

// goNaN is the bit pattern of Go's math.NaN(), which gpython's float('nan') returns; CPython's
// float('nan') (the C library's NAN) has a zero payload.
const goNaN = 0x7ff8000000000001

// floatBits is the IEEE 754 encoding CPython writes for f: Go's quiet NaN of payload 1 (of
// either sign) is written as the zero-payload NaN CPython makes; every other value as is.
func floatBits(f float64) uint64 {
	b := math.Float64bits(f)
	if b&^(1<<63) == goNaN {
		b &^= 1
	}
	return b
}

// saveRecursionCheckedReduce is shared by the container savers: after the elements of a
// tuple were saved, a memo entry means the tuple was reached through itself.
func (p *Pickler) recursiveTuple(obj py.Object, n int, marked bool) bool {
	idx, ok := p.memoGet(obj)
	if !ok {
		return false
	}
	if marked && p.proto >= 1 {
		p.write(opPopMark)
	} else {
		extra := 0
		if marked {
			extra = 1
		}
		for i := 0; i < n+extra; i++ {
			p.write(opPop)
		}
	}
	p.writeMemoGet(idx)
	return true
}

func (p *Pickler) saveTuple(t py.Tuple) error {
	if len(t) == 0 {
		if p.proto >= 1 {
			p.write(opEmptyTuple)
		} else {
			p.write(opMark, opTuple)
		}
		return nil
	}
	if len(t) <= 3 && p.proto >= 2 {
		for _, x := range t {
			if err := p.save(x, false); err != nil {
				return err
			}
		}
		if p.recursiveTuple(t, len(t), false) {
			return nil
		}
		p.write(opTuple1 + byte(len(t)-1))
		p.memoPut(t)
		return nil
	}
	p.write(opMark)
	for _, x := range t {
		if err := p.save(x, false); err != nil {
			return err
		}
	}
	if p.recursiveTuple(t, len(t), true) {
		return nil
	}
	p.write(opTuple)
	p.memoPut(t)
	return nil
}

func (p *Pickler) saveList(l *py.List) error {
	if p.proto >= 1 {
		p.write(opEmptyList)
	} else {
		p.write(opMark, opList)
	}
	p.memoPut(l)
	if len(l.Items) == 0 {
		return nil
	}
	if p.proto == 0 {
		return p.batchAppends(listIter(l))
	}
	return p.batchListExact(l)
}

// listIter iterates a list by index, seeing items appended while pickling, as CPython does.
func listIter(l *py.List) func() (py.Object, bool, error) {
	i := 0
	return func() (py.Object, bool, error) {
		if i >= len(l.Items) {
			return nil, false, nil
		}
		i++
		return l.Items[i-1], true, nil
	}
}

// pyIter adapts a Python iterator.
func pyIter(it py.Object) func() (py.Object, bool, error) {
	return func() (py.Object, bool, error) {
		x, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil, false, nil
			}
			return nil, false, err
		}
		return x, true, nil
	}
}
