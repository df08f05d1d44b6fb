package socket

import (
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/argclinic"
)

// Timeouts, blocking mode and socket options.

func registerOptionMethods() {
	sockMethod("settimeout", "settimeout(timeout)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := oneArg(args, "settimeout")
		if err != nil {
			return nil, err
		}
		d, err := timeoutArg(a)
		if err != nil {
			return nil, err
		}
		s.timeout = d
		if s.core.fd >= 0 {
			if err := setNonblock(s.core.fd, d >= 0); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	sockMethod("gettimeout", "gettimeout() -> timeout", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("gettimeout", args, kw); err != nil {
			return nil, err
		}
		return timeoutObject(s.timeout), nil
	})
	sockMethod("setblocking", "setblocking(flag)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		a, err := oneArg(args, "setblocking")
		if err != nil {
			return nil, err
		}
		block, err := compiler.Truth(a)
		if err != nil {
			return nil, err
		}
		s.timeout = 0
		if block {
			s.timeout = -1
		}
		if s.core.fd >= 0 {
			if err := setNonblock(s.core.fd, !block); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	sockMethod("getblocking", "getblocking()", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("getblocking", args, kw); err != nil {
			return nil, err
		}
		return py.NewBool(s.timeout != 0), nil
	})
	sockMethod("setsockopt", "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "setsockopt() takes no keyword arguments")
		}
		if len(args) != 3 && len(args) != 4 {
			return nil, py.ExceptionNewf(py.TypeError, "setsockopt() takes exactly 3 arguments (%d given)", len(args))
		}
		level, err := intArg(args[0], 0)
		if err != nil {
			return nil, err
		}
		opt, err := intArg(args[1], 0)
		if err != nil {
			return nil, err
		}
		if len(args) == 4 {
			if args[2] != py.None {
				return nil, py.ExceptionNewf(py.TypeError, "setsockopt() argument 3 must be NoneType, not %s", argclinic.TypeName(args[2]))
			}
			n, err := intArg(args[3], 0)
			if err != nil {
				return nil, err
			}
			_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(s.core.fd), uintptr(level), uintptr(opt), 0, uintptr(n), 0)
			return py.None, raise(errnoErr(e))
		}
		var val []byte
		switch v := args[2].(type) {
		case py.Int, py.Bool, *py.BigInt:
			n, err := argclinic.Int(v)
			if err != nil {
				return nil, err
			}
			i := int32(n)
			val = (*[4]byte)(unsafe.Pointer(&i))[:]
		default:
			b, err := argclinic.NeedBytes(args[2])
			if err != nil {
				return nil, err
			}
			val = b
		}
		_, _, e := unix.Syscall6(unix.SYS_SETSOCKOPT, uintptr(s.core.fd), uintptr(level), uintptr(opt), bufPtr(val), uintptr(len(val)), 0)
		return py.None, raise(errnoErr(e))
	})
	sockMethod("getsockopt", "getsockopt(level, option[, buffersize]) -> value", func(s *Socket, args py.Tuple, kw py.StringDict) (py.Object, error) {
		var l, o, b py.Object
		if err := positional("getsockopt", args, kw, 2, &l, &o, &b); err != nil {
			return nil, err
		}
		level, err := intArg(l, 0)
		if err != nil {
			return nil, err
		}
		opt, err := intArg(o, 0)
		if err != nil {
			return nil, err
		}
		if b == nil {
			var v int32
			n := uint32(4)
			_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(s.core.fd), uintptr(level), uintptr(opt), uintptr(unsafe.Pointer(&v)), uintptr(unsafe.Pointer(&n)), 0)
			if e != 0 {
				return nil, raise(e)
			}
			return py.Int(v), nil
		}
		size, err := intArg(b, 0)
		if err != nil {
			return nil, err
		}
		if size <= 0 || size > 1024 {
			return nil, py.ExceptionNewf(py.OSError, "getsockopt buflen out of range")
		}
		buf := make([]byte, size)
		n := uint32(size)
		_, _, e := unix.Syscall6(unix.SYS_GETSOCKOPT, uintptr(s.core.fd), uintptr(level), uintptr(opt), bufPtr(buf), uintptr(unsafe.Pointer(&n)), 0)
		if e != 0 {
			return nil, raise(e)
		}
		return py.Bytes(buf[:n]), nil
	})
}
