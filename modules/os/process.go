package os

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/errno"
)

// Process groups, sessions, descriptor duplication and flags, CPU affinity, and fork's
// refusal: the rest of the process primitives CPython's os offers on Linux.
func init() {
	addMethods(
		py.MustNewMethod("fork", func(self py.Object) (py.Object, error) {
			return nil, py.ExceptionNewf(py.NotImplementedError, "os.fork() is not supported by gopy: a Go program cannot fork safely. Use multiprocessing, whose 'fork' start method hands a child this process's state.")
		}, 0, "Fork a child process (not supported by gopy)."),
		intFunc("getpgrp", nil, func(a []int) (int, error) { return unix.Getpgrp(), nil }, "Return the current process group id."),
		intFunc("getpgid", []conv{asPid}, func(a []int) (int, error) { return unix.Getpgid(a[0]) }, "Call the system call getpgid(), and return the result."),
		noneFunc("setpgid", []conv{asPid, asPid}, func(a []int) error { return unix.Setpgid(a[0], a[1]) }, "Call the system call setpgid(pid, pgrp)."),
		noneFunc("setsid", nil, func(a []int) error { _, err := unix.Setsid(); return err }, "Call the system call setsid()."),
		intFunc("getsid", []conv{asPid}, func(a []int) (int, error) { return unix.Getsid(a[0]) }, "Call the system call getsid(pid) and return the result."),
		noneFunc("killpg", []conv{asPid, asPid}, func(a []int) error { return unix.Kill(-a[0], unix.Signal(a[1])) }, "Kill a process group with a signal."),
		intFunc("dup", []conv{asInt}, func(a []int) (int, error) { return unix.FcntlInt(uintptr(a[0]), unix.F_DUPFD_CLOEXEC, 0) }, "Return a duplicate of a file descriptor."),
		py.MustNewMethod("dup2", dup2, 0, "Duplicate file descriptor."),
		py.MustNewMethod("get_inheritable", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("get_inheritable", args, asInt)
			if err != nil {
				return nil, err
			}
			flags, err := unix.FcntlInt(uintptr(a[0]), unix.F_GETFD, 0)
			if err != nil {
				return nil, errno.FromError(err)
			}
			return py.NewBool(flags&unix.FD_CLOEXEC == 0), nil
		}, 0, "Get the close-on-exe flag of the specified file descriptor."),
		py.MustNewMethod("set_inheritable", func(self py.Object, args py.Tuple) (py.Object, error) {
			return setFdFlag("set_inheritable", args, unix.F_GETFD, unix.F_SETFD, unix.FD_CLOEXEC, true)
		}, 0, "Set the inheritable flag of the specified file descriptor."),
		py.MustNewMethod("get_blocking", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("get_blocking", args, asInt)
			if err != nil {
				return nil, err
			}
			flags, err := unix.FcntlInt(uintptr(a[0]), unix.F_GETFL, 0)
			if err != nil {
				return nil, errno.FromError(err)
			}
			return py.NewBool(flags&unix.O_NONBLOCK == 0), nil
		}, 0, "Get the blocking mode of the file descriptor."),
		py.MustNewMethod("set_blocking", func(self py.Object, args py.Tuple) (py.Object, error) {
			return setFdFlag("set_blocking", args, unix.F_GETFL, unix.F_SETFL, unix.O_NONBLOCK, true)
		}, 0, "Set the blocking mode of the specified file descriptor."),
		py.MustNewMethod("sched_getaffinity", func(self py.Object, args py.Tuple) (py.Object, error) {
			a, err := intArgs("sched_getaffinity", args, asPid)
			if err != nil {
				return nil, err
			}
			var set unix.CPUSet
			if err := unix.SchedGetaffinity(a[0], &set); err != nil {
				return nil, errno.FromError(err)
			}
			s := objects.NewSet()
			for cpu := 0; cpu < len(set)*64; cpu++ {
				if set.IsSet(cpu) {
					if err := s.Add(py.Int(cpu)); err != nil {
						return nil, err
					}
				}
			}
			return s, nil
		}, 0, "Return the affinity of the process identified by pid (or the current process if zero)."),
	)
}

// addMethods installs methods into gpython's os module, replacing those of the same name.
func addMethods(methods ...*py.Method) {
	impl := py.GetModuleImpl("os")
	for _, m := range methods {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i], replaced = m, true
				break
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
	}
}

// intFunc wraps a system call of int arguments (converted by convs) returning an int.
func intFunc(name string, convs []conv, f func([]int) (int, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		a, err := intArgs(name, args, convs...)
		if err != nil {
			return nil, err
		}
		r, err := f(a)
		if err != nil {
			return nil, errno.FromError(err)
		}
		return py.Int(r), nil
	}, 0, doc)
}

// noneFunc wraps a system call of int arguments (converted by convs) returning nothing.
func noneFunc(name string, convs []conv, f func([]int) error, doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		a, err := intArgs(name, args, convs...)
		if err != nil {
			return nil, err
		}
		if err := f(a); err != nil {
			return nil, errno.FromError(err)
		}
		return py.None, nil
	}, 0, doc)
}

// dup2 is os.dup2(fd, fd2, inheritable=True): fd2 becomes a copy of fd; it returns fd2.
func dup2(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, fd2Obj, inh py.Object = nil, nil, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:dup2", []string{"fd", "fd2", "inheritable"}, &fdObj, &fd2Obj, &inh); err != nil {
		return nil, err
	}
	fd, err := asInt(fdObj)
	if err != nil {
		return nil, err
	}
	fd2, err := asInt(fd2Obj)
	if err != nil {
		return nil, err
	}
	inheritable, err := py.MakeBool(inh)
	if err != nil {
		return nil, err
	}
	if fd == fd2 {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			return nil, errno.FromError(err)
		}
		return py.Int(fd2), nil
	}
	flags := 0
	if inheritable != py.True {
		flags = unix.O_CLOEXEC
	}
	if err := unix.Dup3(fd, fd2, flags); err != nil {
		return nil, errno.FromError(err)
	}
	return py.Int(fd2), nil
}

// setFdFlag sets or clears bit in the descriptor's flags (get/set commands getCmd and
// setCmd); args are (fd, value). When invert is true, the bit is set for a false value:
// inheritable means FD_CLOEXEC clear, blocking means O_NONBLOCK clear.
func setFdFlag(name string, args py.Tuple, getCmd, setCmd, bit int, invert bool) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
	}
	fd, err := asInt(args[0])
	if err != nil {
		return nil, err
	}
	v, err := py.MakeBool(args[1])
	if err != nil {
		return nil, err
	}
	flags, err := unix.FcntlInt(uintptr(fd), getCmd, 0)
	if err != nil {
		return nil, errno.FromError(err)
	}
	if (v == py.True) != invert {
		flags |= bit
	} else {
		flags &^= bit
	}
	if _, err := unix.FcntlInt(uintptr(fd), setCmd, flags); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}
