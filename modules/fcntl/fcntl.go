// Package fcntl provides Python's fcntl module: fcntl(), ioctl(), flock() and lockf() on
// descriptors (or objects with fileno()) through golang.org/x/sys/unix, with CPython
// 3.11's argument rules, results and messages, and the module's Linux constants. Calls
// that can wait for a lock (flock, lockf without LOCK_NB, F_SETLKW) release the GIL.
package fcntl

import (
	"unsafe"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

func init() {
	globals := py.StringDict{}
	for name, v := range constants {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "fcntl", Doc: "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."},
		Methods: []*py.Method{
			py.MustNewMethod("fcntl", fcntlFunc, 0, "Perform the operation `cmd` on file descriptor fd."),
			py.MustNewMethod("ioctl", ioctlFunc, 0, "Perform the operation `request` on file descriptor `fd`."),
			py.MustNewMethod("flock", flockFunc, 0, "Perform the lock operation `operation` on file descriptor `fd`."),
			py.MustNewMethod("lockf", lockfFunc, 0, "A wrapper around the fcntl() locking calls."),
		},
		Globals: globals,
	})
}

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// fdArg is CPython's descriptor converter: an int, or what fileno() returns.
func fdArg(o py.Object) (int, error) {
	fd := 0
	var err error
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		fd, err = argclinic.Int(o)
	default:
		m, aerr := py.GetAttrString(o, "fileno")
		if aerr != nil {
			return 0, py.ExceptionNewf(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
		v, cerr := py.Call(m, nil, nil)
		if cerr != nil {
			return 0, cerr
		}
		if _, ok := v.(py.Int); !ok {
			return 0, py.ExceptionNewf(py.TypeError, "fileno() returned a non-integer")
		}
		fd, err = argclinic.Int(v)
	}
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// intArg converts an int argument (a float is refused, as by Argument Clinic).
func intArg(o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	return argclinic.Int(o)
}

func arity(name string, args py.Tuple, min, max int) error {
	n := len(args)
	switch {
	case min == max && n != min:
		return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d arguments, got %d", name, min, n)
	case n > max:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", name, max, n)
	}
	return nil
}

// bufferArg is the contents of a str or bytes-like argument (nil, false for an int).
func bufferArg(o py.Object) ([]byte, bool) {
	if s, ok := o.(py.String); ok {
		return []byte(string(s)), true
	}
	return objects.BytesLike(o)
}

const maxArg = 1024 // CPython copies buffer arguments into a 1024-byte buffer

func sys3(trap uintptr, fd, cmd int, arg uintptr) (int, error) {
	r, _, e := unix.Syscall(trap, uintptr(fd), uintptr(cmd), arg)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// fcntlFunc is fcntl(fd, cmd, arg=0).
func fcntlFunc(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("fcntl", args, 2, 3); err != nil {
		return nil, err
	}
	fd, err := fdArg(args[0])
	if err != nil {
		return nil, err
	}
	cmd, err := intArg(args[1])
	if err != nil {
		return nil, err
	}
	var arg py.Object = py.Int(0)
	if len(args) == 3 {
		arg = args[2]
	}
	if buf, ok := bufferArg(arg); ok {
		if len(buf) > maxArg {
			return nil, py.ExceptionNewf(py.ValueError, "fcntl string arg too long")
		}
		b := make([]byte, maxArg)
		copy(b, buf)
		if _, err := sys3(unix.SYS_FCNTL, fd, cmd, uintptr(unsafe.Pointer(&b[0]))); err != nil {
			return nil, errno.FromError(err)
		}
		return py.Bytes(b[:len(buf)]), nil
	}
	n, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	var r int
	if cmd == unix.F_SETLKW || cmd == unix.F_OFD_SETLKW {
		gil.Unlocked(ctxOf(self), func() { r, err = sys3(unix.SYS_FCNTL, fd, cmd, uintptr(n)) })
	} else {
		r, err = sys3(unix.SYS_FCNTL, fd, cmd, uintptr(n))
	}
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.Int(r), nil
}

// ioctlFunc is ioctl(fd, request, arg=0, mutate_flag=True).
func ioctlFunc(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("ioctl", args, 2, 4); err != nil {
		return nil, err
	}
	fd, err := fdArg(args[0])
	if err != nil {
		return nil, err
	}
	req, err := argclinic.BigIndex(args[1])
	if err != nil {
		return nil, err
	}
	request := uintptr(req.Uint64() & 0xffffffff)
	var arg py.Object = py.Int(0)
	if len(args) >= 3 {
		arg = args[2]
	}
	mutate := true
	if len(args) == 4 {
		mutate = args[3] != py.False && args[3] != py.Int(0)
	}
	if wb, ok := objects.WritableBuffer(arg); ok {
		if mutate {
			var r uintptr
			var e unix.Errno
			if len(wb) < maxArg {
				// A short buffer goes through a 1024-byte copy, as in CPython.
				b := make([]byte, maxArg)
				copy(b, wb)
				r, _, e = unix.Syscall(unix.SYS_IOCTL, uintptr(fd), request, uintptr(unsafe.Pointer(&b[0])))
				copy(wb, b)
			} else {
				r, _, e = unix.Syscall(unix.SYS_IOCTL, uintptr(fd), request, uintptr(unsafe.Pointer(&wb[0])))
			}
			if e != 0 {
				return nil, errno.FromError(e)
			}
			return py.Int(int(int32(r))), nil
		}
		if len(wb) > maxArg {
			return nil, py.ExceptionNewf(py.ValueError, "ioctl string arg too long")
		}
	}
	if buf, ok := bufferArg(arg); ok {
		if len(buf) > maxArg {
			return nil, py.ExceptionNewf(py.ValueError, "ioctl string arg too long")
		}
		b := make([]byte, maxArg)
		copy(b, buf)
		if _, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), request, uintptr(unsafe.Pointer(&b[0]))); e != 0 {
			return nil, errno.FromError(e)
		}
		return py.Bytes(b[:len(buf)]), nil
	}
	n, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	r, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), request, uintptr(n))
	if e != 0 {
		return nil, errno.FromError(e)
	}
	return py.Int(int(int32(r))), nil
}

// flockFunc is flock(fd, operation); a lock that must wait is waited for without the GIL.
func flockFunc(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("flock", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := fdArg(args[0])
	if err != nil {
		return nil, err
	}
	op, err := intArg(args[1])
	if err != nil {
		return nil, err
	}
	err = unix.Flock(fd, op|unix.LOCK_NB)
	if err == unix.EWOULDBLOCK && op&unix.LOCK_NB == 0 {
		gil.Unlocked(ctxOf(self), func() {
			for err = unix.Flock(fd, op); err == unix.EINTR; err = unix.Flock(fd, op) {
			}
		})
	}
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}

// lockfFunc is lockf(fd, cmd, len=0, start=0, whence=0), over fcntl's record locks.
func lockfFunc(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("lockf", args, 2, 5); err != nil {
		return nil, err
	}
	fd, err := fdArg(args[0])
	if err != nil {
		return nil, err
	}
	code, err := intArg(args[1])
	if err != nil {
		return nil, err
	}
	var nums [3]int64
	for i := 2; i < len(args); i++ {
		b, err := argclinic.BigIndex(args[i])
		if err != nil {
			return nil, err
		}
		if !b.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		nums[i-2] = b.Int64()
	}
	lk := unix.Flock_t{Len: nums[0], Start: nums[1], Whence: int16(nums[2])}
	switch {
	case code == unix.LOCK_UN:
		lk.Type = unix.F_UNLCK
	case code&unix.LOCK_SH != 0:
		lk.Type = unix.F_RDLCK
	case code&unix.LOCK_EX != 0:
		lk.Type = unix.F_WRLCK
	default:
		return nil, py.ExceptionNewf(py.ValueError, "unrecognized lockf argument")
	}
	err = unix.FcntlFlock(uintptr(fd), unix.F_SETLK, &lk)
	if (err == unix.EAGAIN || err == unix.EACCES) && code&unix.LOCK_NB == 0 {
		gil.Unlocked(ctxOf(self), func() {
			for err = unix.FcntlFlock(uintptr(fd), unix.F_SETLKW, &lk); err == unix.EINTR; err = unix.FcntlFlock(uintptr(fd), unix.F_SETLKW, &lk) {
			}
		})
	}
	if err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}
