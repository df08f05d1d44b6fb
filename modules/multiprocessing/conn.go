package multiprocessing

import (
	"fmt"
	"math"
	"math/big"
	"runtime"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/fdio"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// Connection is multiprocessing.connection.Connection: one end of a Pipe, a message
// channel over a file descriptor (a socket or one end of a pipe) with CPython's framing
// (frame.go), so that either end may be a python3 process.
//
// Every blocking read or write waits for the descriptor with the GIL released (gil.WaitFd:
// a signal interrupts the main thread's wait) and then makes the system call with the GIL
// released too. The descriptor is closed by close(), or when the object is garbage
// collected (CPython's __del__).
type Connection struct {
	ctx      py.Context
	handle   *ownedFd
	readable bool
	writable bool
	// io makes the reads and writes (internal/fdio: without waiting first, then waiting
	// with the GIL released).
	io fdio.Fd
	// sendBuf and recvBuf are kept for the next message (msgbuf.go); pipeGrown is set once
	// the pipe was asked for a larger capacity.
	sendBuf, recvBuf bufSlot
	pipeGrown        atomic.Bool
}

// ConnectionType is multiprocessing.connection.Connection.
var ConnectionType = py.NewTypeX("Connection", "Connection class based on an arbitrary file descriptor (Unix only), or a socket handle (Windows).",
	connectionNew, nil)

// Type returns ConnectionType.
func (c *Connection) Type() *py.Type { return ConnectionType }

// newConnection wraps fd, which the connection then owns.
func newConnection(ctx py.Context, fd int, readable, writable bool) *Connection {
	c := &Connection{ctx: ctx, handle: &ownedFd{fd: fd}, readable: readable, writable: writable}
	runtime.AddCleanup(c, (*ownedFd).close, c.handle)
	// Closed at the finalization points (package finalize: the return of the function
	// that made it, del), as CPython closes it at the last reference; a peer waiting on
	// the other end sees EOF there.
	h, wc := c.handle, weak.Make(c)
	finalize.Register(func() bool { return wc.Value() == nil }, h.state, h.close)
	return c
}

// connectionNew is Connection(handle, readable=True, writable=True). gpython calls a
// type without a context: the interpreter is the one whose thread holds the GIL.
func connectionNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var handle, readable, writable py.Object = nil, py.True, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:Connection", []string{"handle", "readable", "writable"}, &handle, &readable, &writable); err != nil {
		return nil, err
	}
	fd, err := indexArg(handle)
	if err != nil {
		return nil, err
	}
	if fd < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "invalid handle")
	}
	r, err := truth(readable)
	if err != nil {
		return nil, err
	}
	w, err := truth(writable)
	if err != nil {
		return nil, err
	}
	if !r && !w {
		return nil, py.ExceptionNewf(py.ValueError, "at least one of `readable` and `writable` must be True")
	}
	var ctx py.Context
	if t := gil.Holding(); t != nil {
		ctx = t.Runtime().Context()
	}
	return newConnection(ctx, fd, r, w), nil
}

// indexArg is handle.__index__() for a file descriptor argument.
func indexArg(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if _, err := py.GetAttrString(o, "__index__"); err != nil {
		return 0, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__index__'", o.Type().Name)
	}
	return py.IndexInt(o)
}

func truth(o py.Object) (bool, error) {
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// pipe is Pipe(duplex=True): a socket pair, both ends readable and writable, or for
// duplex=False a pipe, the first end read-only and the second write-only. The descriptors
// are close-on-exec, as CPython's; children get them as Process arguments (spawn.go).
func pipe(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var duplex py.Object = py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:Pipe", []string{"duplex"}, &duplex); err != nil {
		return nil, err
	}
	d, err := truth(duplex)
	if err != nil {
		return nil, err
	}
	if d {
		var fds [2]int
		err := withFdRetry(func() (err error) {
			fds, err = unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			return err
		})
		if err != nil {
			return nil, errno.FromError(err)
		}
		c1, c2 := newConnection(ctx, fds[0], true, true), newConnection(ctx, fds[1], true, true)
		c1.io.Socket, c2.io.Socket = true, true
		return py.Tuple{c1, c2}, nil
	}
	var fds [2]int
	if err := withFdRetry(func() error { return unix.Pipe2(fds[:], unix.O_CLOEXEC) }); err != nil {
		return nil, errno.FromError(err)
	}
	return py.Tuple{newConnection(ctx, fds[0], true, false), newConnection(ctx, fds[1], false, true)}, nil
}

// checkClosed, checkReadable and checkWritable are CPython's _check_* with its messages;
// checkClosed returns the descriptor.
func (c *Connection) checkClosed() (int, error) {
	fd := c.handle.get()
	if fd < 0 {
		return -1, py.ExceptionNewf(py.OSError, "handle is closed")
	}
	return fd, nil
}

func (c *Connection) checkReadable() (int, error) {
	fd, err := c.checkClosed()
	if err == nil && !c.readable {
		err = py.ExceptionNewf(py.OSError, "connection is write-only")
	}
	return fd, err
}

func (c *Connection) checkWritable() (int, error) {
	fd, err := c.checkClosed()
	if err == nil && !c.writable {
		err = py.ExceptionNewf(py.OSError, "connection is read-only")
	}
	return fd, err
}

// badMessageLength is CPython's _bad_message_length: the unread payload makes the
// connection useless for reading (a duplex end stays writable, a read-only end is closed).
func (c *Connection) badMessageLength() error {
	if c.writable {
		c.readable = false
	} else {
		c.handle.close()
	}
	return py.ExceptionNewf(py.OSError, "bad message length")
}

// reader returns the read function of the connection's descriptor: wait without the GIL
// until it is readable, then read.
func (c *Connection) reader(fd int) readFunc {
	return func(p []byte) (int, error) {
		n, err := c.io.Read(c.ctx, fd, p)
		if e, ok := err.(unix.Errno); ok {
			return 0, errno.FromError(e)
		}
		return n, err
	}
}

// writeAll writes data to fd, waiting without the GIL while the peer does not read.
func (c *Connection) writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := c.io.Write(c.ctx, fd, data)
		if e, ok := err.(unix.Errno); ok {
			return errno.FromError(e)
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}

// sendFrame sends one message: header and payload in one write when small, as CPython
// does to avoid Nagle delays (and a separate empty write).
func (c *Connection) sendFrame(fd int, payload []byte) error {
	h := frameHeader(len(payload))
	if len(payload) <= 16384 {
		return c.writeAll(fd, append(h, payload...))
	}
	if err := c.writeAll(fd, h); err != nil {
		return err
	}
	return c.writeAll(fd, payload)
}

// recvFrame receives one message; maxsize < 0 means no limit.
func (c *Connection) recvFrame(fd int, maxsize int64) ([]byte, error) {
	b, err := readFrame(c.reader(fd), maxsize)
	if err == errBadLength {
		return nil, c.badMessageLength()
	}
	return b, err
}

// bufferBytes returns the bytes of a bytes-like object (bytes, bytearray, memoryview).
func bufferBytes(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return v, nil
	case *objects.ByteArray:
		return v.Bytes(), nil
	}
	if o.Type() == objects.MemoryViewType {
		r, err := callMethod(o, "tobytes")
		if err != nil {
			return nil, err
		}
		if b, ok := r.(py.Bytes); ok {
			return b, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", o.Type().Name)
}

// callMethod calls o.name(*args).
func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}

// sizeArg converts an offset, size or maxlength argument for CPython's comparisons with
// 0 and with the buffer's length: an int or a float (a float compares, and fails later
// where CPython slices with it), else the TypeError of the comparison.
func sizeArg(o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		return f, nil
	case py.Float:
		return float64(v), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "'<' not supported between instances of '%s' and 'int'", o.Type().Name)
}

const sliceIndexErr = "slice indices must be integers or None or have an __index__ method"

func (c *Connection) sendBytes(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var buf, offset, size py.Object = nil, py.Int(0), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:send_bytes", []string{"buf", "offset", "size"}, &buf, &offset, &size); err != nil {
		return nil, err
	}
	fd, err := c.checkWritable()
	if err != nil {
		return nil, err
	}
	data, err := bufferBytes(buf)
	if err != nil {
		return nil, err
	}
	n := float64(len(data))
	off, err := sizeArg(offset)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "offset is negative")
	}
	if n < off {
		return nil, py.ExceptionNewf(py.ValueError, "buffer length < offset")
	}
	end := n
	if size != py.None {
		sz, err := sizeArg(size)
		if err != nil {
			return nil, err
		}
		switch {
		case sz < 0:
			return nil, py.ExceptionNewf(py.ValueError, "size is negative")
		case off+sz > n:
			return nil, py.ExceptionNewf(py.ValueError, "buffer length < offset + size")
		}
		end = off + sz
	}
	for _, o := range []py.Object{offset, size} {
		if _, ok := o.(py.Float); ok {
			return nil, py.ExceptionNewf(py.TypeError, sliceIndexErr)
		}
	}
	return py.None, c.sendFrame(fd, data[int(off):int(end)])
}

func (c *Connection) recvBytes(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var maxlength py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:recv_bytes", []string{"maxlength"}, &maxlength); err != nil {
		return nil, err
	}
	fd, err := c.checkReadable()
	if err != nil {
		return nil, err
	}
	limit := int64(-1)
	if maxlength != py.None {
		f, err := sizeArg(maxlength)
		if err != nil {
			return nil, err
		}
		if f < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative maxlength")
		}
		limit = int64(min(f, math.MaxInt64))
	}
	b, err := c.recvFrame(fd, limit)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

// recvBytesInto is recv_bytes_into(buf, offset=0): the message is written into buf at
// offset; a buffer too short gets BufferTooShort with the whole message (consumed).
func (c *Connection) recvBytesInto(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var buf, offset py.Object = nil, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:recv_bytes_into", []string{"buf", "offset"}, &buf, &offset); err != nil {
		return nil, err
	}
	fd, err := c.checkReadable()
	if err != nil {
		return nil, err
	}
	if _, err := bufferBytes(buf); err != nil {
		return nil, err
	}
	size, err := py.Len(buf)
	if err != nil {
		return nil, err
	}
	bytesize := float64(size.(py.Int))
	off, err := sizeArg(offset)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative offset")
	}
	if off > bytesize {
		return nil, py.ExceptionNewf(py.ValueError, "offset too large")
	}
	msg, err := c.recvFrame(fd, -1)
	if err != nil {
		return nil, err
	}
	if bytesize < off+float64(len(msg)) {
		return nil, &py.Exception{Base: BufferTooShort, Args: py.Tuple{py.Bytes(msg)}, Dict: py.StringDict{}}
	}
	if _, ok := offset.(py.Float); ok {
		return nil, py.ExceptionNewf(py.TypeError, sliceIndexErr)
	}
	switch v := buf.(type) {
	case *objects.ByteArray:
		copy(v.Bytes()[int(off):], msg)
	case py.Bytes:
		return nil, py.ExceptionNewf(py.TypeError, "cannot modify read-only memory")
	default:
		sl := &py.Slice{Start: py.Int(off), Stop: py.Int(int(off) + len(msg)), Step: py.None}
		if _, err := py.SetItem(buf, sl, py.Bytes(msg)); err != nil {
			return nil, err
		}
	}
	return py.Int(len(msg)), nil
}

// poll is poll(timeout=0.0): whether a message (or end of file) can be read; None waits for
// ever.
func (c *Connection) poll(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var timeout py.Object = py.Float(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:poll", []string{"timeout"}, &timeout); err != nil {
		return nil, err
	}
	fd, err := c.checkReadable()
	if err != nil {
		return nil, err
	}
	t, err := waitTimeout(timeout)
	if err != nil {
		return nil, err
	}
	ready, err := gil.WaitFd(c.ctx, fd, unix.POLLIN, t)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ready), nil
}

func (c *Connection) send(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:send", []string{"obj"}, &obj); err != nil {
		return nil, err
	}
	fd, err := c.checkWritable()
	if err != nil {
		return nil, err
	}
	return py.None, c.sendObject(fd, obj)
}

func (c *Connection) recv(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noArgs("_ConnectionBase.recv", args, kwargs); err != nil {
		return nil, err
	}
	fd, err := c.checkReadable()
	if err != nil {
		return nil, err
	}
	return c.recvObject(fd)
}

func (c *Connection) repr() string {
	return fmt.Sprintf("<multiprocessing.connection.Connection object at %p>", c)
}

func init() {
	d := ConnectionType.Dict
	d["__module__"] = py.String("multiprocessing.connection")
	m := func(name, doc string, fn func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			c, ok := self.(*Connection)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'Connection' object but received a '%s'", name, self.Type().Name)
			}
			return fn(c, args, kwargs)
		}, 0, doc)
	}
	m("send", "Send a (picklable) object", (*Connection).send)
	m("recv", "Receive a (picklable) object", (*Connection).recv)
	m("send_bytes", "Send the bytes data from a bytes-like object", (*Connection).sendBytes)
	m("recv_bytes", "Receive bytes data as a bytes object.", (*Connection).recvBytes)
	m("recv_bytes_into", "Receive bytes data into a writeable bytes-like object.\nReturn the number of bytes read.", (*Connection).recvBytesInto)
	m("poll", "Whether there is any input available to be read", (*Connection).poll)
	m("fileno", "File descriptor or handle of the connection", func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("_ConnectionBase.fileno", args, kwargs); err != nil {
			return nil, err
		}
		fd, err := c.checkClosed()
		if err != nil {
			return nil, err
		}
		return py.Int(fd), nil
	})
	m("close", "Close the connection", func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("_ConnectionBase.close", args, kwargs); err != nil {
			return nil, err
		}
		c.handle.close()
		return py.None, nil
	})
	m("__enter__", "", func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return c, nil })
	m("__exit__", "", func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c.handle.close()
		return py.None, nil
	})
	m("__reduce__", "Helper for pickle: a connection travels only to a child being spawned.", func(c *Connection, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return c.reduce()
	})
	prop := func(name, doc string, get func(c *Connection) bool) {
		d[name] = &py.Property{Doc: doc, Fget: func(self py.Object) (py.Object, error) {
			return py.NewBool(get(self.(*Connection))), nil
		}}
	}
	prop("closed", "True if the connection is closed", func(c *Connection) bool { return c.handle.get() < 0 })
	prop("readable", "True if the connection is readable", func(c *Connection) bool { return c.readable })
	prop("writable", "True if the connection is writable", func(c *Connection) bool { return c.writable })
	builtins.Ready(ConnectionType)
}

// M__eq__ is identity, as object's.
func (c *Connection) M__eq__(other py.Object) (py.Object, error) { return py.NewBool(c == other), nil }

// M__ne__ is identity, as object's.
func (c *Connection) M__ne__(other py.Object) (py.Object, error) { return py.NewBool(c != other), nil }

// M__hash__ is object's identity hash.
func (c *Connection) M__hash__() (py.Object, error) { return classes.ObjectHash(c), nil }

// M__repr__ is object's repr, under CPython's class name.
func (c *Connection) M__repr__() (py.Object, error) { return py.String(c.repr()), nil }

// M__str__ is the repr.
func (c *Connection) M__str__() (py.Object, error) { return c.M__repr__() }
