// Package resource provides Python's resource module on Linux: getrusage (as
// resource.struct_rusage, the type os.wait3 and os.wait4 return, defined in package os),
// getrlimit, setrlimit, prlimit, getpagesize and the RLIMIT_*/RUSAGE_* constants, with
// CPython's errors.
package resource

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

var limits = map[string]int{
	"RLIMIT_CPU": unix.RLIMIT_CPU, "RLIMIT_FSIZE": unix.RLIMIT_FSIZE, "RLIMIT_DATA": unix.RLIMIT_DATA,
	"RLIMIT_STACK": unix.RLIMIT_STACK, "RLIMIT_CORE": unix.RLIMIT_CORE, "RLIMIT_RSS": unix.RLIMIT_RSS,
	"RLIMIT_NPROC": unix.RLIMIT_NPROC, "RLIMIT_NOFILE": unix.RLIMIT_NOFILE, "RLIMIT_OFILE": unix.RLIMIT_NOFILE,
	"RLIMIT_MEMLOCK": unix.RLIMIT_MEMLOCK, "RLIMIT_AS": unix.RLIMIT_AS, "RLIMIT_LOCKS": 10,
	"RLIMIT_SIGPENDING": 11, "RLIMIT_MSGQUEUE": 12, "RLIMIT_NICE": 13, "RLIMIT_RTPRIO": 14, "RLIMIT_RTTIME": 15,
}

const nlimits = 16

// limitValue is a limit as Python sees it: RLIM_INFINITY is -1.
func limitValue(v uint64) py.Object {
	if v == unix.RLIM_INFINITY {
		return py.Int(-1)
	}
	return py.Int(int64(v))
}

func resourceArg(o py.Object) (int, error) {
	n, ok := o.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	if n < 0 || n >= nlimits {
		return 0, py.ExceptionNewf(py.ValueError, "invalid resource specified")
	}
	return int(n), nil
}

// limitsArg converts setrlimit's (soft, hard) pair.
func limitsArg(o py.Object) (unix.Rlimit, error) {
	items, err := py.SequenceTuple(o)
	if err != nil || len(items) != 2 {
		return unix.Rlimit{}, py.ExceptionNewf(py.ValueError, "expected a tuple of 2 integers")
	}
	var out [2]uint64
	for i, it := range items {
		n, ok := it.(py.Int)
		if !ok {
			return unix.Rlimit{}, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", it.Type().Name)
		}
		if n < 0 {
			out[i] = unix.RLIM_INFINITY
		} else {
			out[i] = uint64(n)
		}
	}
	return unix.Rlimit{Cur: out[0], Max: out[1]}, nil
}

func setError(err error) error {
	switch err {
	case unix.EINVAL:
		return py.ExceptionNewf(py.ValueError, "current limit exceeds maximum limit")
	case unix.EPERM:
		return py.ExceptionNewf(py.ValueError, "not allowed to raise maximum limit")
	}
	return errno.FromError(err)
}

func init() {
	globals := py.StringDict{
		"struct_rusage": gopyos.RusageType.Type(), "error": py.OSError,
		"RLIM_INFINITY": py.Int(-1), "RUSAGE_SELF": py.Int(unix.RUSAGE_SELF),
		"RUSAGE_CHILDREN": py.Int(unix.RUSAGE_CHILDREN), "RUSAGE_THREAD": py.Int(unix.RUSAGE_THREAD),
	}
	for name, v := range limits {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "resource"},
		Methods: []*py.Method{
			py.MustNewMethod("getrusage", func(self, arg py.Object) (py.Object, error) {
				who, ok := arg.(py.Int)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
				}
				var ru unix.Rusage
				if err := unix.Getrusage(int(who), &ru); err != nil {
					if err == unix.EINVAL {
						return nil, py.ExceptionNewf(py.ValueError, "invalid who parameter")
					}
					return nil, errno.FromError(err)
				}
				return gopyos.Rusage(&ru), nil
			}, 0, "getrusage(who, /)\n--\n\n"),
			py.MustNewMethod("getrlimit", func(self, arg py.Object) (py.Object, error) {
				res, err := resourceArg(arg)
				if err != nil {
					return nil, err
				}
				var lim unix.Rlimit
				if err := unix.Getrlimit(res, &lim); err != nil {
					return nil, errno.FromError(err)
				}
				return py.Tuple{limitValue(lim.Cur), limitValue(lim.Max)}, nil
			}, 0, "getrlimit(resource, /)\n--\n\n"),
			py.MustNewMethod("setrlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) != 2 {
					return nil, py.ExceptionNewf(py.TypeError, "setrlimit expected 2 arguments, got %d", len(args))
				}
				res, err := resourceArg(args[0])
				if err != nil {
					return nil, err
				}
				lim, err := limitsArg(args[1])
				if err != nil {
					return nil, err
				}
				if err := unix.Setrlimit(res, &lim); err != nil {
					return nil, setError(err)
				}
				return py.None, nil
			}, 0, "setrlimit(resource, limits, /)\n--\n\n"),
			py.MustNewMethod("prlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) < 2 || len(args) > 3 {
					return nil, py.ExceptionNewf(py.TypeError, "prlimit expected 2 or 3 arguments, got %d", len(args))
				}
				pid, ok := args[0].(py.Int)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
				}
				res, err := resourceArg(args[1])
				if err != nil {
					return nil, err
				}
				var old unix.Rlimit
				var newp *unix.Rlimit
				if len(args) == 3 {
					lim, err := limitsArg(args[2])
					if err != nil {
						return nil, err
					}
					newp = &lim
				}
				if err := unix.Prlimit(int(pid), res, newp, &old); err != nil {
					return nil, setError(err)
				}
				return py.Tuple{limitValue(old.Cur), limitValue(old.Max)}, nil
			}, 0, "prlimit(pid, resource, [limits])"),
			py.MustNewMethod("getpagesize", func(self py.Object) (py.Object, error) {
				return py.Int(unix.Getpagesize()), nil
			}, 0, "getpagesize($module, /)\n--\n\n"),
		},
		Globals: globals,
	})
}
