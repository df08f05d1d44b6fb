package multiprocessing

import (
	"encoding/binary"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
	"github.com/gopyrt/gopy/modules/pickle"
)

// Messages of pickled objects (Connection.send/recv, the queues) are made and read in
// buffers that are kept for the next message, so that sending or receiving an object
// allocates no buffer of its own size once the connection is warm (for 100 KiB items the
// allocations and the collections they caused cost more than the copies themselves). A
// message is pickled right after room for its frame header and goes out in one write
// (writev): the payloads of large bytes and str objects are not copied into it
// (pickle.DumpVectored), so a Queue's buffer holds references to them, as CPython's holds
// the objects, rather than copies.

// maxKeptBuffer is the largest buffer kept for reuse: a rare huge message does not stay
// in memory after it was sent or received.
const maxKeptBuffer = 4 << 20

// bufSlot keeps one buffer for the next message of a connection. Two threads using one
// connection at once each get a buffer: take empties the slot.
type bufSlot struct{ p atomic.Pointer[[]byte] }

// take returns the kept buffer (emptied), or nil.
func (s *bufSlot) take() []byte {
	if b := s.p.Swap(nil); b != nil {
		return (*b)[:0]
	}
	return nil
}

// put keeps b for the next message unless it is too large.
func (s *bufSlot) put(b []byte) {
	if cap(b) > 0 && cap(b) <= maxKeptBuffer {
		s.p.Store(&b)
	}
}

// framePool holds the buffers of messages a queue's feeder has written (a Queue's put
// makes a message that another goroutine writes later), for the next put.
var framePool sync.Pool

// takeFrameBuf returns a buffer of framePool, or nil.
func takeFrameBuf() []byte {
	if p, ok := framePool.Get().(*[]byte); ok {
		return *p
	}
	return nil
}

// keepFrameBuf gives b back to framePool unless it is too large.
func keepFrameBuf(b []byte) {
	if cap(b) > 0 && cap(b) <= maxKeptBuffer {
		b = b[:0]
		framePool.Put(&b)
	}
}

// shortHeader is the room left in front of a pickle for its frame header; a payload longer
// than maxShortFrame needs the long header and is moved (framed).
const shortHeader = 4

// A message is a framed pickle as pieces to write in order; own is the buffer of the
// pieces that are not shared payloads, to reuse once they are written.
type message struct {
	own    []byte
	pieces [][]byte
	size   int
}

// frameObject pickles obj as forkingDumps does, in buf after room for the frame header,
// and returns the framed message (header and payload: what goes on the wire).
func frameObject(ctx py.Context, buf []byte, obj py.Object) (message, error) {
	done := markForking(ctx)
	defer done()
	p, err := pickle.NewPickler(ctx, pickleProtocol, true)
	if err != nil {
		return message{}, err
	}
	own, pieces, err := p.DumpVectored(append(buf[:0], 0, 0, 0, 0), obj, nil)
	if err != nil {
		return message{}, err
	}
	m := message{own: own, pieces: pieces}
	for _, b := range pieces {
		m.size += len(b)
	}
	n := m.size - shortHeader
	if uint64(n) <= maxShortFrame {
		binary.BigEndian.PutUint32(own, uint32(n))
	} else {
		m.pieces[0] = append(frameHeader(n), pieces[0][shortHeader:]...)
		m.size = shortHeader + 8 + n
	}
	return m, nil
}

// writeMessage writes m's pieces to fd, waiting without the GIL while the peer does not
// read.
func (c *Connection) writeMessage(fd int, m message) error {
	c.growPipe(fd, m.size)
	if len(m.pieces) == 1 {
		return c.writeAll(fd, m.pieces[0])
	}
	bufs := m.pieces
	for len(bufs) > 0 {
		n, err := c.io.WriteVec(c.ctx, fd, bufs[:min(len(bufs), 1024)])
		if e, ok := err.(unix.Errno); ok {
			return errno.FromError(e)
		}
		if err != nil {
			return err
		}
		bufs = advance(bufs, n)
	}
	return nil
}

// advance drops the first n bytes of bufs (written by writev), modifying bufs.
func advance(bufs [][]byte, n int) [][]byte {
	for len(bufs) > 0 && n >= len(bufs[0]) {
		n -= len(bufs[0])
		bufs = bufs[1:]
	}
	if len(bufs) > 0 {
		bufs[0] = bufs[0][n:]
	}
	return bufs
}

// sendObject sends obj pickled (Connection.send): one write of header and payload, in the
// connection's kept buffer.
func (c *Connection) sendObject(fd int, obj py.Object) error {
	m, err := frameObject(c.ctx, c.sendBuf.take(), obj)
	if err != nil {
		return err
	}
	err = c.writeMessage(fd, m)
	c.sendBuf.put(m.own)
	return err
}

// recvObject receives a message and unpickles it (Connection.recv, the queues' get), the
// message read into the connection's kept buffer.
func (c *Connection) recvObject(fd int) (py.Object, error) {
	data, err := c.recvFrameInto(fd, c.recvBuf.take())
	if err != nil {
		return nil, err
	}
	return c.loadMessage(c.ctx, data)
}

// sharedMessage is the size from which a received message is not kept for reuse: a
// bytes object that is most of it is made over its memory (pickle.LoadsShared) instead of
// copied out of it.
const sharedMessage = 64 << 10

// loadMessage unpickles a message received in a buffer taken from c.recvBuf, and gives
// the buffer back unless the message was large.
func (c *Connection) loadMessage(ctx py.Context, data []byte) (py.Object, error) {
	if len(data) >= sharedMessage {
		return pickle.LoadsShared(ctx, data)
	}
	defer c.recvBuf.put(data)
	return pickle.Loads(ctx, data)
}

// recvFrameInto is recvFrame reading into buf when it is large enough.
func (c *Connection) recvFrameInto(fd int, buf []byte) ([]byte, error) {
	return readFrameInto(c.reader(fd), -1, buf)
}

// pipeBufferSize is the capacity a pipe carrying messages larger than its default 64 KiB
// is given (F_SETPIPE_SZ; Linux's default limit for unprivileged users is 1 MiB): a
// message then goes in one write and is read in one read, where at 64 KiB writer and
// reader took turns several times for each message.
const pipeBufferSize = 1 << 20

// growPipe enlarges the pipe behind fd, once, when a message of n bytes does not fit in
// its default capacity. Sockets (duplex Pipes) have larger buffers already; a descriptor
// that refuses (not a pipe, or the user's pipe budget spent) keeps its size.
func (c *Connection) growPipe(fd, n int) {
	if n <= 64<<10 || c.io.Socket || !c.pipeGrown.CompareAndSwap(false, true) {
		return
	}
	_, _ = unix.FcntlInt(uintptr(fd), unix.F_SETPIPE_SZ, pipeBufferSize)
}
