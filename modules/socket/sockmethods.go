package socket

import (
	"fmt"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/errno"
)

// The Python methods of _socket.socket.

// sockMethod adds a method whose self is a *Socket.
func sockMethod(name, doc string, fn func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error)) {
	f := func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if c, ok := self.(*py.Type); ok && strings.HasPrefix(name, "__") {
			return classes.ClassDunder(c, name, args)
		}
		s, ok := self.(*Socket)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_socket.socket' objects doesn't apply to a '%s' object", name, argclinic.TypeName(self))
		}
		return fn(s, args, kw)
	}
	SocketType.Dict[name] = classes.NewMethodOf("socket", name, doc, f)
}

// positional parses a METH_VARARGS method's arguments (CPython's PyArg_ParseTuple
// messages): at least min and at most len(out).
func positional(name string, args py.Tuple, kw py.StringDict, min int, out ...*py.Object) error {
	if len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < min || len(args) > len(out) {
		how, n := "at least", min
		if len(args) > len(out) {
			how, n = "at most", len(out)
		}
		if min == len(out) {
			how = "exactly"
		}
		s := "s"
		if n == 1 {
			s = ""
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes %s %d argument%s (%d given)", name, how, n, s, len(args))
	}
	for i, a := range args {
		*out[i] = a
	}
	return nil
}

func intArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return argclinic.Int(o)
}

func noArgs(name string, args py.Tuple, kw py.StringDict) error {
	if len(args)+len(kw) > 0 {
		return py.ExceptionNewf(py.TypeError, "socket.%s() takes no arguments (%d given)", name, len(args)+len(kw))
	}
	return nil
}

// recvBuffer allocates a receive buffer of n bytes (CPython's messages for negative n).
func recvBuffer(n int, what string) ([]byte, error) {
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative buffersize in %s", what)
	}
	if err := memlimit.Check(n, 1); err != nil {
		return nil, err
	}
	return make([]byte, n), nil
}

// recvInto receives into p; from asks for the sender's address.
func (s *Socket) recvInto(p []byte, flags int, from bool) (int, py.Object, error) {
	var addr *rawAddr
	n, err := s.call(unix.POLLIN, s.deadline(), false, func(fd int) (int, error) {
		n, a, err := sysRecvfrom(fd, p, flags|unix.MSG_DONTWAIT, from)
		addr = a
		return n, err
	})
	if err != nil {
		return 0, nil, err
	}
	if !from {
		return n, nil, nil
	}
	return n, decodeAddr(addr), nil
}

// sendOnce sends what it can of p (to addr if not nil).
func (s *Socket) sendOnce(p []byte, flags int, addr *rawAddr, deadline time.Time) (int, error) {
	return s.call(unix.POLLOUT, deadline, false, func(fd int) (int, error) {
		return sysSendto(fd, p, flags|unix.MSG_DONTWAIT|unix.MSG_NOSIGNAL, addr)
	})
}

// flagsFor is the flags of a call: MSG_DONTWAIT asked for by the script makes the call
// non-blocking whatever the timeout.
func (s *Socket) withFlags(flags int, fn func() (py.Object, error)) (py.Object, error) {
	if flags&unix.MSG_DONTWAIT != 0 && s.timeout != 0 {
		saved := s.timeout
		s.timeout = 0
		defer func() { s.timeout = saved }()
	}
	return fn()
}

func init() {
	t := SocketType
	t.Dict["__init__"] = classes.NewMethodOf("socket", "__init__", "Initialize self.", socketInit)
	for name, get := range map[string]func(s *Socket) py.Object{
		"family":  func(s *Socket) py.Object { return py.Int(s.family) },
		"type":    func(s *Socket) py.Object { return py.Int(s.kind) },
		"proto":   func(s *Socket) py.Object { return py.Int(s.proto) },
		"timeout": func(s *Socket) py.Object { return timeoutObject(s.timeout) },
	} {
		get := get
		name := name
		t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			s, ok := self.(*Socket)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_socket.socket' objects doesn't apply to a '%s' object", name, argclinic.TypeName(self))
			}
			return get(s), nil
		}}
	}
	sockMethod("__repr__", "Return repr(self).", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return py.String(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.core.fd, s.family, s.kind, s.proto)), nil
	})
	sockMethod("__reduce_ex__", "Helper for pickle.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", argclinic.TypeName(s))
	})
	sockMethod("fileno", "Return the integer file descriptor of the socket.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("fileno", args, kw); err != nil {
			return nil, err
		}
		return py.Int(s.core.fd), nil
	})
	sockMethod("close", "Close the socket.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("close", args, kw); err != nil {
			return nil, err
		}
		fd := s.core.fd
		if fd < 0 {
			return py.None, nil
		}
		s.core.fd = -1
		if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
			return nil, errno.FromError(err)
		}
		return py.None, nil
	})
	sockMethod("detach", "Close the socket object without closing the descriptor; return the descriptor.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("detach", args, kw); err != nil {
			return nil, err
		}
		fd := s.core.fd
		s.core.fd = -1
		return py.Int(fd), nil
	})
	sockMethod("bind", "Bind the socket to a local address.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		addr, err := oneArg(args, "bind")
		if err != nil {
			return nil, err
		}
		ra, err := encodeAddr(s.ctx, s.family, addr, "bind")
		if err != nil {
			return nil, err
		}
		return py.None, raise(sysBind(s.core.fd, ra))
	})
	sockMethod("listen", "Enable a server to accept connections.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var b py.Object
		if err := positional("listen", args, kw, 0, &b); err != nil {
			return nil, err
		}
		backlog, err := intArg(b, min(unix.SOMAXCONN, 128))
		if err != nil {
			return nil, err
		}
		return py.None, raise(unix.Listen(s.core.fd, max(backlog, 0)))
	})
	sockMethod("_accept", "_accept() -> (integer, address info)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var addr *rawAddr
		nfd, err := s.call(unix.POLLIN, s.deadline(), true, func(fd int) (int, error) {
			n, a, err := sysAccept(fd, unix.SOCK_CLOEXEC)
			addr = a
			return n, err
		})
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(nfd), decodeAddr(addr)}, nil
	})
	connect := func(s *Socket, args py.Tuple, name string) (error, error) {
		addr, err := oneArg(args, name)
		if err != nil {
			return nil, err
		}
		ra, err := encodeAddr(s.ctx, s.family, addr, name)
		if err != nil {
			return nil, err
		}
		return s.connect(ra), nil
	}
	sockMethod("connect", "Connect the socket to a remote address.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cerr, err := connect(s, args, "connect")
		if err != nil {
			return nil, err
		}
		return py.None, raise(cerr)
	})
	sockMethod("connect_ex", "Like connect(address), but return an error code instead of raising.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		cerr, err := connect(s, args, "connect_ex")
		if err != nil {
			return nil, err
		}
		switch e := cerr.(type) {
		case nil:
			return py.Int(0), nil
		case timeoutMarker:
			return py.Int(int(unix.EWOULDBLOCK)), nil
		case unix.Errno:
			return py.Int(int(e)), nil
		}
		return nil, cerr
	})
	nameMethod := func(name string, peer bool) {
		sockMethod(name, "Return the address of the socket.", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if err := noArgs(name, args, kw); err != nil {
				return nil, err
			}
			ra, err := sysName(s.core.fd, peer)
			if err != nil {
				return nil, raise(err)
			}
			return decodeAddr(ra), nil
		})
	}
	nameMethod("getsockname", false)
	nameMethod("getpeername", true)
	registerIOMethods()
	registerOptionMethods()
	registerMsgMethods()
}

// oneArg is a METH_O method's argument.
func oneArg(args py.Tuple, name string) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "socket.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func registerIOMethods() {
	recv := func(name string, from bool) func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var n, f py.Object
			if err := positional(name, args, kw, 1, &n, &f); err != nil {
				return nil, err
			}
			size, err := intArg(n, 0)
			if err != nil {
				return nil, err
			}
			flags, err := intArg(f, 0)
			if err != nil {
				return nil, err
			}
			buf, err := recvBuffer(size, name)
			if err != nil {
				return nil, err
			}
			return s.withFlags(flags, func() (py.Object, error) {
				got, addr, err := s.recvInto(buf, flags, from)
				if err != nil {
					return nil, err
				}
				if from {
					return py.Tuple{py.Bytes(buf[:got]), addr}, nil
				}
				return py.Bytes(buf[:got]), nil
			})
		}
	}
	sockMethod("recv", "recv(buffersize[, flags]) -> data", recv("recv", false))
	sockMethod("recvfrom", "recvfrom(buffersize[, flags]) -> (data, address info)", recv("recvfrom", true))
	into := func(name string, from bool) {
		sockMethod(name, name+"(buffer[, nbytes[, flags]])", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
			a, err := argclinic.Parse(name, args, kw, []string{"buffer", "nbytes", "flags"}, 0, 3, 1)
			if err != nil {
				return nil, err
			}
			buf, ok := objects.WritableBuffer(a[0])
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", name, argclinic.TypeName(a[0]))
			}
			n, err := intArg(a[1], 0)
			if err != nil {
				return nil, err
			}
			flags, err := intArg(a[2], 0)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "negative buffersize in %s", name)
			}
			if n == 0 {
				n = len(buf)
			} else if n > len(buf) {
				if from {
					return nil, py.ExceptionNewf(py.ValueError, "nbytes is greater than the length of the buffer")
				}
				return nil, py.ExceptionNewf(py.ValueError, "buffer too small for requested bytes")
			}
			return s.withFlags(flags, func() (py.Object, error) {
				got, addr, err := s.recvInto(buf[:n], flags, from)
				if err != nil {
					return nil, err
				}
				if from {
					return py.Tuple{py.Int(got), addr}, nil
				}
				return py.Int(got), nil
			})
		})
	}
	into("recv_into", false)
	into("recvfrom_into", true)
	// send sends once; sendall until everything is sent (the timeout is for the whole).
	send := func(name string, all bool) func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
			var d, f py.Object
			if err := positional(name, args, kw, 1, &d, &f); err != nil {
				return nil, err
			}
			data, err := dataArg(d)
			if err != nil {
				return nil, err
			}
			flags, err := intArg(f, 0)
			if err != nil {
				return nil, err
			}
			return s.withFlags(flags, func() (py.Object, error) {
				deadline := s.deadline()
				for {
					n, err := s.sendOnce(data, flags, nil, deadline)
					if err != nil {
						return nil, err
					}
					if !all {
						return py.Int(n), nil
					}
					if data = data[n:]; len(data) == 0 {
						return py.None, nil
					}
				}
			})
		}
	}
	sockMethod("send", "send(data[, flags]) -> count", send("send", false))
	sockMethod("sendall", "sendall(data[, flags])", send("sendall", true))
	sockMethod("sendto", "sendto(data[, flags], address) -> count", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sendto() takes no keyword arguments")
		}
		var d, f, a py.Object
		switch len(args) {
		case 2:
			d, a = args[0], args[1]
		case 3:
			d, f, a = args[0], args[1], args[2]
		default:
			return nil, py.ExceptionNewf(py.TypeError, "sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		data, err := dataArg(d)
		if err != nil {
			return nil, err
		}
		flags, err := intArg(f, 0)
		if err != nil {
			return nil, err
		}
		ra, err := encodeAddr(s.ctx, s.family, a, "sendto")
		if err != nil {
			return nil, err
		}
		return s.withFlags(flags, func() (py.Object, error) {
			n, err := s.sendOnce(data, flags, ra, s.deadline())
			if err != nil {
				return nil, err
			}
			return py.Int(n), nil
		})
	})
	sockMethod("shutdown", "shutdown(flag)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := oneArg(args, "shutdown")
		if err != nil {
			return nil, err
		}
		how, err := intArg(a, 0)
		if err != nil {
			return nil, err
		}
		return py.None, raise(unix.Shutdown(s.core.fd, how))
	})
}
