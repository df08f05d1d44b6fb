package socket

import (
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/objects"
)

// sendmsg, recvmsg and recvmsg_into: scatter/gather I/O with ancillary data (SCM_RIGHTS
// descriptors among them, what socket.send_fds and recv_fds use).

// dataArg is the bytes of a bytes-like argument. gopy's array.array exposes no buffer,
// so its bytes are taken with tobytes() (CPython reads its buffer).
func dataArg(o py.Object) ([]byte, error) {
	if b, ok := objects.BytesLike(o); ok {
		return b, nil
	}
	if t := o.Type(); t.Name == "array" && t.Dict["__module__"] == py.String("array") {
		if m, err := py.GetAttrString(o, "tobytes"); err == nil {
			if v, err := py.Call(m, nil, nil); err == nil {
				if b, ok := v.(py.Bytes); ok {
					return b, nil
				}
			}
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(o))
}

// buffersArg is the buffers of sendmsg (bytes-like) or recvmsg_into (writable).
func buffersArg(name string, o py.Object, writable bool) ([][]byte, error) {
	items, err := py.SequenceList(o)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s() argument 1 must be an iterable", name)
	}
	bufs := make([][]byte, len(items.Items))
	for i, it := range items.Items {
		if !writable {
			if bufs[i], err = dataArg(it); err != nil {
				return nil, err
			}
			continue
		}
		wb, ok := objects.WritableBuffer(it)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() argument 1 must be an iterable of single-segment read-write buffers", name)
		}
		bufs[i] = wb
	}
	return bufs, nil
}

// iovecs points an iovec at each buffer.
func iovecs(bufs [][]byte) []unix.Iovec {
	iov := make([]unix.Iovec, len(bufs))
	for i, b := range bufs {
		if len(b) > 0 {
			iov[i].Base = &b[0]
		}
		iov[i].SetLen(len(b))
	}
	return iov
}

func msgCall(trap uintptr, fd int, m *unix.Msghdr, flags int) (int, error) {
	n, _, e := unix.Syscall(trap, uintptr(fd), uintptr(unsafe.Pointer(m)), uintptr(flags))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// ancillaryOut encodes sendmsg's (level, type, data) items as control messages.
func ancillaryOut(o py.Object) ([]byte, error) {
	items, err := py.SequenceList(o)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "sendmsg() argument 2 must be an iterable")
	}
	var out []byte
	for _, it := range items.Items {
		t, ok := it.(py.Tuple)
		if !ok {
			if l, isList := it.(*py.List); isList {
				t = py.Tuple(l.Items)
			} else {
				return nil, py.ExceptionNewf(py.TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %s", argclinic.TypeName(it))
			}
		}
		if len(t) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %d", len(t))
		}
		level, err := intArg(t[0], 0)
		if err != nil {
			return nil, err
		}
		kind, err := intArg(t[1], 0)
		if err != nil {
			return nil, err
		}
		data, err := dataArg(t[2])
		if err != nil {
			return nil, err
		}
		msg := make([]byte, unix.CmsgSpace(len(data)))
		h := (*unix.Cmsghdr)(unsafe.Pointer(&msg[0]))
		h.Level, h.Type = int32(level), int32(kind)
		h.SetLen(unix.CmsgLen(len(data)))
		copy(msg[unix.CmsgLen(0):], data)
		out = append(out, msg...)
	}
	return out, nil
}

// ancillaryIn decodes received control messages as (level, type, data) tuples.
func ancillaryIn(oob []byte) (py.Object, error) {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil, raise(err)
	}
	out := make([]py.Object, len(msgs))
	for i, m := range msgs {
		out[i] = py.Tuple{py.Int(m.Header.Level), py.Int(m.Header.Type), py.Bytes(append([]byte(nil), m.Data...))}
	}
	return py.NewListFromItems(out), nil
}

// recvmsg receives into bufs with ancbufsize bytes for control messages: the count, the
// ancillary data, the message flags and the sender's address.
func (s *Socket) recvmsg(name string, bufs [][]byte, ancArg, flagsArg py.Object) (int, py.Object, error) {
	ancSize, err := intArg(ancArg, 0)
	if err != nil {
		return 0, nil, err
	}
	if ancSize < 0 || ancSize > 1<<20 {
		return 0, nil, py.ExceptionNewf(py.ValueError, "invalid ancillary data buffer length")
	}
	flags, err := intArg(flagsArg, 0)
	if err != nil {
		return 0, nil, err
	}
	oob := make([]byte, ancSize)
	iov := iovecs(bufs)
	var m unix.Msghdr
	var from rawAddr
	var got py.Object
	_, err = s.withFlags(flags, func() (py.Object, error) {
		n, err := s.call(unix.POLLIN, s.deadline(), false, func(fd int) (int, error) {
			m = unix.Msghdr{Name: (*byte)(unsafe.Pointer(&from.any)), Namelen: unix.SizeofSockaddrAny}
			if len(iov) > 0 {
				m.Iov = &iov[0]
				m.SetIovlen(len(iov))
			}
			if len(oob) > 0 {
				m.Control = &oob[0]
				m.SetControllen(len(oob))
			}
			return msgCall(unix.SYS_RECVMSG, fd, &m, flags|unix.MSG_DONTWAIT)
		})
		if err != nil {
			return nil, err
		}
		from.n = m.Namelen
		anc, err := ancillaryIn(oob[:m.Controllen])
		if err != nil {
			return nil, err
		}
		got = py.Tuple{py.Int(n), anc, py.Int(m.Flags), decodeAddr(&from)}
		return nil, nil
	})
	if err != nil {
		return 0, nil, err
	}
	t := got.(py.Tuple)
	return int(t[0].(py.Int)), t, nil
}

func registerMsgMethods() {
	sockMethod("sendmsg", "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var b, a, f, addr py.Object
		if err := positional("sendmsg", args, kw, 1, &b, &a, &f, &addr); err != nil {
			return nil, err
		}
		bufs, err := buffersArg("sendmsg", b, false)
		if err != nil {
			return nil, err
		}
		var oob []byte
		if a != nil {
			if oob, err = ancillaryOut(a); err != nil {
				return nil, err
			}
		}
		flags, err := intArg(f, 0)
		if err != nil {
			return nil, err
		}
		var to *rawAddr
		if addr != nil && addr != py.None {
			if to, err = encodeAddr(s.ctx, s.family, addr, "sendmsg"); err != nil {
				return nil, err
			}
		}
		iov := iovecs(bufs)
		return s.withFlags(flags, func() (py.Object, error) {
			n, err := s.call(unix.POLLOUT, s.deadline(), false, func(fd int) (int, error) {
				var m unix.Msghdr
				if to != nil {
					m.Name, m.Namelen = (*byte)(unsafe.Pointer(&to.any)), to.n
				}
				if len(iov) > 0 {
					m.Iov = &iov[0]
					m.SetIovlen(len(iov))
				}
				if len(oob) > 0 {
					m.Control = &oob[0]
					m.SetControllen(len(oob))
				}
				return msgCall(unix.SYS_SENDMSG, fd, &m, flags|unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL)
			})
			if err != nil {
				return nil, err
			}
			return py.Int(n), nil
		})
	})
	sockMethod("recvmsg", "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var n, anc, f py.Object
		if err := positional("recvmsg", args, kw, 1, &n, &anc, &f); err != nil {
			return nil, err
		}
		size, err := intArg(n, 0)
		if err != nil {
			return nil, err
		}
		if size < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative buffer size in recvmsg()")
		}
		if err := memlimit.Check(size, 1); err != nil {
			return nil, err
		}
		buf := make([]byte, size)
		got, res, err := s.recvmsg("recvmsg", [][]byte{buf}, anc, f)
		if err != nil {
			return nil, err
		}
		t := res.(py.Tuple)
		return py.Tuple{py.Bytes(buf[:got]), t[1], t[2], t[3]}, nil
	})
	sockMethod("recvmsg_into", "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var b, anc, f py.Object
		if err := positional("recvmsg_into", args, kw, 1, &b, &anc, &f); err != nil {
			return nil, err
		}
		bufs, err := buffersArg("recvmsg_into", b, true)
		if err != nil {
			return nil, err
		}
		_, res, err := s.recvmsg("recvmsg_into", bufs, anc, f)
		return res, err
	})
}
