package io

import (
	"bytes"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// Buffered is _io.BufferedReader, BufferedWriter and BufferedRandom (CPython's
// bufferedio.c): a buffer over a raw stream.
//
// Data read ahead is rbuf[rpos:] (rbuf[:rpos] was consumed and can be sought back to);
// data written and not yet passed to the raw stream is wcore.pending. A BufferedRandom
// holds only one of the two at a time: a write first gives back the read-ahead (the raw
// stream is sought back over it), a read first flushes what is pending. When the raw
// stream is exactly a FileIO its Go methods are called directly; any other raw object is
// reached through its Python methods (readinto, write, seek, tell...).
//
// A buffered object is used by one thread at a time: the others wait for it with the GIL
// released, and a thread that enters it again (a signal handler printing while the main
// thread is inside a write) gets CPython's "reentrant call" RuntimeError.
type Buffered struct {
	classes.Instance
	ctx      py.Context
	kind     int
	raw      py.Object
	fast     *FileIO // raw, when it is a plain FileIO
	ready    bool    // __init__ has run
	detached bool
	size     int
	rbuf     []byte
	rpos     int
	wcore    *writeCore
	rawPos   int64 // the raw stream's position, -1 when not known
	lock     bufLock
}

// The three kinds of Buffered.
const (
	kindReader = 1 << iota
	kindWriter
	kindRandom = kindReader | kindWriter
)

// writeCore holds what a writer has not passed on yet; once the writer is collected
// without having been closed it is written out (see finalize.go).
type writeCore struct {
	pending []byte
}

// bufLock is the lock of a buffered object.
type bufLock struct {
	token chan struct{}
	owner *gil.Thread
}

func (b *Buffered) enter() error {
	select {
	case <-b.lock.token:
		b.lock.owner = gil.Current(b.ctx)
		return nil
	default:
	}
	me := gil.Current(b.ctx)
	if me != nil && b.lock.owner == me {
		r, _ := py.Repr(b)
		s, _ := r.(py.String)
		return py.ExceptionNewf(py.RuntimeError, "reentrant call inside %s", string(s))
	}
	if _, err := gil.Wait(b.ctx, b.lock.token, -1); err != nil {
		return err
	}
	b.lock.owner = me
	return nil
}

func (b *Buffered) leave() {
	b.lock.owner = nil
	b.lock.token <- struct{}{}
}

// Types of the buffered objects.
var (
	BufferedReaderType = classes.NewNativeType("BufferedReader", "_io",
		"Create a new buffered reader using the given readable raw IO object.", BufferedIOBaseType, nil)
	BufferedWriterType = classes.NewNativeType("BufferedWriter", "_io",
		"A buffer for a writeable sequential RawIO object.", BufferedIOBaseType, nil)
	BufferedRandomType = classes.NewNativeType("BufferedRandom", "_io",
		"A buffered interface to random access streams.", BufferedIOBaseType, nil)
)

func init() {
	for _, t := range []*py.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		classes.RegisterNative(t, allocBuffered)
	}
}

func allocBuffered(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	b := &Buffered{kind: kindReader, rawPos: -1, wcore: &writeCore{}}
	switch {
	case cls.IsSubtype(BufferedRandomType):
		b.kind = kindRandom
	case cls.IsSubtype(BufferedWriterType):
		b.kind = kindWriter
	}
	b.lock.token = make(chan struct{}, 1)
	b.lock.token <- struct{}{}
	b.Init(cls, b)
	return b, nil
}

// newBuffered makes a buffered object of type t over raw (as t(raw, size) does).
func newBuffered(ctx py.Context, t *py.Type, raw py.Object, size int) (*Buffered, error) {
	o, _ := allocBuffered(t, nil, nil)
	b := o.(*Buffered)
	return b, b.setup(ctx, raw, size)
}

// setup is __init__(raw, buffer_size): the raw stream must be readable and/or writable as
// the kind needs.
func (b *Buffered) setup(ctx py.Context, raw py.Object, size int) error {
	b.ready = false
	if b.kind&kindRandom == kindRandom {
		if err := checkAbility(raw, "seekable"); err != nil {
			return err
		}
	}
	if b.kind&kindReader != 0 {
		if err := checkAbility(raw, "readable"); err != nil {
			return err
		}
	}
	if b.kind&kindWriter != 0 {
		if err := checkAbility(raw, "writable"); err != nil {
			return err
		}
	}
	if size <= 0 {
		return py.ExceptionNewf(py.ValueError, "buffer size must be strictly positive")
	}
	b.ctx, b.raw, b.size, b.detached = ctx, raw, size, false
	b.fast = nil
	if f, ok := raw.(*FileIO); ok && f.Type() == FileIOType {
		b.fast = f
	}
	b.rbuf, b.rpos, b.rawPos = nil, 0, -1
	b.wcore = &writeCore{}
	b.ready = true
	if b.kind&kindWriter != 0 && b.fast != nil {
		track(b)
	}
	return nil
}

// check is what every method does first: the object is initialised and not detached.
func (b *Buffered) check() error {
	if !b.ready {
		if b.detached {
			return py.ExceptionNewf(py.ValueError, "raw stream has been detached")
		}
		return py.ExceptionNewf(py.ValueError, "I/O operation on uninitialized object")
	}
	return nil
}

// closed reads raw.closed.
func (b *Buffered) closed() (bool, error) {
	if b.fast != nil {
		return b.fast.core.fd < 0, nil
	}
	return isClosed(b.raw)
}

// checkClosedFor raises "<what> of closed file" when the raw stream is closed (reads first
// use what is buffered, as CPython's do).
func (b *Buffered) checkClosedFor(what string) error {
	c, err := b.closed()
	if err != nil {
		return err
	}
	if c {
		return py.ExceptionNewf(py.ValueError, "%s of closed file", what)
	}
	return nil
}

func (b *Buffered) unread() int { return len(b.rbuf) - b.rpos }

// rawRead reads once from the raw stream into p: n >= 0, or -1 when it would block.
func (b *Buffered) rawRead(p []byte) (int, error) {
	var n int
	if b.fast != nil {
		if err := b.fast.checkReadable(); err != nil {
			return 0, err
		}
		var err error
		if n, err = b.fast.readRaw(p); err != nil {
			return 0, err
		}
	} else {
		ba := objects.NewByteArray(make([]byte, len(p)))
		r, err := callMethod(b.raw, "readinto", ba)
		if err != nil {
			return 0, err
		}
		if r == py.None {
			return -1, nil
		}
		got, err := objects.IndexInt(r)
		if err != nil {
			return 0, err
		}
		if got < 0 || got > len(p) {
			return 0, py.ExceptionNewf(py.OSError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, len(p))
		}
		n = copy(p, ba.Bytes()[:got])
	}
	if n > 0 && b.rawPos >= 0 {
		b.rawPos += int64(n)
	}
	return n, nil
}

// rawWrite writes p once to the raw stream: n >= 0, or -1 when it would block.
func (b *Buffered) rawWrite(p []byte) (int, error) {
	var n int
	if b.fast != nil {
		if err := b.fast.checkWritable(); err != nil {
			return 0, err
		}
		var err error
		if n, err = b.fast.writeRaw(p); err != nil {
			return 0, err
		}
	} else {
		r, err := callMethod(b.raw, "write", py.Bytes(append([]byte(nil), p...)))
		if err != nil {
			return 0, err
		}
		if r == py.None {
			return -1, nil
		}
		got, err := objects.IndexInt(r)
		if err != nil {
			return 0, err
		}
		if got < 0 || got > len(p) {
			return 0, py.ExceptionNewf(py.OSError, "raw write() returned invalid length %d (should have been between 0 and %d)", got, len(p))
		}
		n = got
	}
	if n > 0 && b.rawPos >= 0 {
		b.rawPos += int64(n)
	}
	return n, nil
}

// rawSeek moves the raw stream and records its new position.
func (b *Buffered) rawSeek(pos int64, whence int) (int64, error) {
	var r py.Object
	var err error
	if b.fast != nil {
		r, err = b.fast.seek(pos, whence)
	} else {
		r, err = callMethod(b.raw, "seek", py.Int(pos), py.Int(whence))
	}
	if err != nil {
		return 0, err
	}
	n, err := objects.IndexInt(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.ExceptionNewf(py.OSError, "Raw stream returned invalid position %d", n)
	}
	b.rawPos = int64(n)
	return int64(n), nil
}

// rawTell is the raw stream's position (asked once, then followed).
func (b *Buffered) rawTell() (int64, error) {
	if b.rawPos >= 0 {
		return b.rawPos, nil
	}
	var r py.Object
	var err error
	if b.fast != nil {
		r, err = b.fast.seek(0, 1)
	} else {
		r, err = callMethod(b.raw, "tell")
	}
	if err != nil {
		return 0, err
	}
	n, err := objects.IndexInt(r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.ExceptionNewf(py.OSError, "Raw stream returned invalid position %d", n)
	}
	b.rawPos = int64(n)
	return b.rawPos, nil
}

// flushWrites passes the pending data to the raw stream (CPython's
// _bufferedwriter_flush_unlocked).
func (b *Buffered) flushWrites() error {
	w := b.wcore
	for len(w.pending) > 0 {
		n, err := b.rawWrite(w.pending)
		if err != nil {
			return err
		}
		if n < 0 {
			return blockingError("write could not complete without blocking", 0)
		}
		w.pending = w.pending[n:]
	}
	w.pending = w.pending[:0]
	return nil
}

func blockingError(msg string, written int) error {
	v, err := py.Call(py.BlockingIOError, py.Tuple{py.Int(11), py.String(msg), py.Int(written)}, nil)
	if err != nil {
		return err
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// dropReadAhead gives back the data read ahead (before a write or a raw seek).
func (b *Buffered) dropReadAhead() error {
	if n := b.unread(); n > 0 {
		if _, err := b.rawSeek(-int64(n), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from the raw stream into the buffer, after the unread data: the number
// of bytes read (0 at the end, -1 when it would block).
func (b *Buffered) fill() (int, error) {
	if b.kind&kindWriter != 0 {
		if err := b.flushWrites(); err != nil {
			return 0, err
		}
	}
	if b.rpos > 0 && b.rpos == len(b.rbuf) {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	if cap(b.rbuf)-len(b.rbuf) < b.size {
		keep := b.rbuf[b.rpos:]
		nb := make([]byte, len(keep), len(keep)+b.size)
		copy(nb, keep)
		b.rbuf, b.rpos = nb, 0
	}
	n, err := b.rawRead(b.rbuf[len(b.rbuf) : len(b.rbuf)+b.size])
	if err != nil || n <= 0 {
		return n, err
	}
	b.rbuf = b.rbuf[:len(b.rbuf)+n]
	return n, nil
}

// take consumes up to n bytes of the read-ahead.
func (b *Buffered) take(n int) []byte {
	if n > b.unread() {
		n = b.unread()
	}
	out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+n]...)
	b.rpos += n
	return out
}

// read is read(n): n bytes, fewer only at the end of the stream (or when a non-blocking
// raw stream has nothing more: nil when it had nothing at all); n < 0 reads to the end.
func (b *Buffered) read(n int) (py.Object, error) {
	if b.kind&kindWriter != 0 {
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return b.readAll()
	}
	if n <= b.unread() {
		return py.Bytes(b.take(n)), nil
	}
	out := b.take(b.unread())
	for len(out) < n {
		want := n - len(out)
		if want >= b.size {
			// Large reads go straight to the raw stream.
			chunk := make([]byte, want)
			got, err := b.rawRead(chunk)
			if err != nil {
				return nil, err
			}
			if got < 0 {
				if len(out) == 0 {
					return py.None, nil
				}
				break
			}
			if got == 0 {
				break
			}
			out = append(out, chunk[:got]...)
			continue
		}
		got, err := b.fill()
		if err != nil {
			return nil, err
		}
		if got < 0 {
			if len(out) == 0 {
				return py.None, nil
			}
			break
		}
		if got == 0 {
			break
		}
		out = append(out, b.take(want)...)
	}
	return py.Bytes(out), nil
}

// readAll reads to the end: the read-ahead, then raw.readall() (or reads until the end).
func (b *Buffered) readAll() (py.Object, error) {
	out := b.take(b.unread())
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if b.fast != nil {
		if err := b.fast.checkReadable(); err != nil {
			return nil, err
		}
		rest, err := b.fast.readAll()
		if err != nil {
			return nil, err
		}
		b.rawPos = -1
		if rest == py.None {
			if len(out) == 0 {
				return py.None, nil
			}
			return py.Bytes(out), nil
		}
		return py.Bytes(append(out, rest.(py.Bytes)...)), nil
	}
	if _, err := py.GetAttrString(b.raw, "readall"); err == nil {
		rest, err := callMethod(b.raw, "readall")
		if err != nil {
			return nil, err
		}
		b.rawPos = -1
		if rest == py.None {
			if len(out) == 0 {
				return py.None, nil
			}
			return py.Bytes(out), nil
		}
		rb, ok := objects.BytesLike(rest)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "readall() should return bytes")
		}
		return py.Bytes(append(out, rb...)), nil
	}
	for {
		got, err := b.fill()
		if err != nil {
			return nil, err
		}
		if got <= 0 {
			if got < 0 && len(out) == 0 {
				return py.None, nil
			}
			return py.Bytes(out), nil
		}
		out = append(out, b.take(got)...)
	}
}

// read1 is read1(n): at most one raw read, none when data is buffered.
func (b *Buffered) read1(n int) (py.Object, error) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return py.Bytes{}, nil
	}
	if b.unread() > 0 {
		return py.Bytes(b.take(n)), nil
	}
	if b.kind&kindWriter != 0 {
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if n > b.size {
		chunk := make([]byte, n)
		got, err := b.rawRead(chunk)
		if err != nil {
			return nil, err
		}
		if got < 0 {
			return py.None, nil
		}
		return py.Bytes(chunk[:got]), nil
	}
	got, err := b.fill()
	if err != nil {
		return nil, err
	}
	if got < 0 {
		return py.None, nil
	}
	return py.Bytes(b.take(n)), nil
}

// peek returns the read-ahead without consuming it, reading once if there is none.
func (b *Buffered) peek() (py.Object, error) {
	if b.unread() == 0 {
		if _, err := b.fill(); err != nil {
			return nil, err
		}
	}
	return py.Bytes(append([]byte(nil), b.rbuf[b.rpos:]...)), nil
}

// readline reads up to and including b'\n' (at most limit bytes when limit >= 0).
func (b *Buffered) readline(limit int) (py.Object, error) {
	if b.kind&kindWriter != 0 {
		if err := b.flushWrites(); err != nil {
			return nil, err
		}
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			out = append(out, b.take(i+1)...)
			return py.Bytes(out), nil
		}
		out = append(out, b.take(len(avail))...)
		if limit >= 0 && len(out) >= limit {
			break
		}
		got, err := b.fill()
		if err != nil {
			return nil, err
		}
		if got <= 0 {
			break
		}
	}
	return py.Bytes(out), nil
}

// write buffers p, passing data to the raw stream when the buffer would overflow (large
// writes go through directly, as in CPython).
func (b *Buffered) write(p []byte) (int, error) {
	if b.kind&kindReader != 0 && b.unread() > 0 {
		if err := b.dropReadAhead(); err != nil {
			return 0, err
		}
	} else if b.kind&kindReader != 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	w := b.wcore
	if len(w.pending)+len(p) <= b.size {
		w.pending = append(w.pending, p...)
		return len(p), nil
	}
	if err := b.flushWrites(); err != nil {
		return 0, err
	}
	rest := p
	for len(rest) > b.size {
		n, err := b.rawWrite(rest)
		if err != nil {
			return 0, err
		}
		if n < 0 {
			return 0, blockingError("write could not complete without blocking", len(p)-len(rest))
		}
		rest = rest[n:]
	}
	w.pending = append(w.pending, rest...)
	return len(p), nil
}

// tell is the logical position: the raw one less what is read ahead, plus what is pending.
func (b *Buffered) tell() (int64, error) {
	pos, err := b.rawTell()
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wcore.pending)) - int64(b.unread())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// seek moves within the read-ahead when it can, else flushes and seeks the raw stream.
func (b *Buffered) seek(target int64, whence int) (int64, error) {
	if (whence == 0 || whence == 1) && b.kind&kindReader != 0 && len(b.rbuf) > 0 {
		cur, err := b.rawTell()
		if err != nil {
			return 0, err
		}
		offset := target
		if whence == 0 {
			offset = target - (cur - int64(b.unread()))
		}
		if offset >= -int64(b.rpos) && offset <= int64(b.unread()) {
			pos := cur - int64(b.unread()) + offset
			b.rpos += int(offset)
			return pos, nil
		}
	}
	if b.kind&kindWriter != 0 {
		if err := b.flushWrites(); err != nil {
			return 0, err
		}
	}
	if whence == 1 {
		target -= int64(b.unread())
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.rawSeek(target, whence)
}
