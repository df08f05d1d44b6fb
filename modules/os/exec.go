package os

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/environ"
)

// execArgv converts exec's argument list (a tuple or list of path-like strings, the first
// not empty).
func execArgv(fname string, o py.Object) ([]string, error) {
	var items []py.Object
	switch v := o.(type) {
	case py.Tuple:
		items = v
	case *py.List:
		items = v.Items
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 2 must be a tuple or list", fname)
	}
	if len(items) == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg 2 must not be empty", fname)
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, _, err := pathArg(it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	if out[0] == "" {
		return nil, py.ExceptionNewf(py.ValueError, "%s() arg 2 first element cannot be empty", fname)
	}
	return out, nil
}

// execEnv converts execve's environment mapping to KEY=VALUE strings.
func execEnv(o py.Object) ([]string, error) {
	keysFn, err := py.GetAttrString(o, "keys")
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "execve: environment must be a mapping object")
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, err
	}
	var env []string
	err = py.Iterate(keys, func(k py.Object) bool {
		var v py.Object
		if v, err = py.GetItem(o, k); err != nil {
			return true
		}
		var ks, vs string
		if ks, _, err = pathArg(k); err != nil {
			return true
		}
		if vs, _, err = pathArg(v); err != nil {
			return true
		}
		env = append(env, ks+"="+vs)
		return false
	})
	return env, err
}

// The exec calls replace the program (execv and execve natively; the l/p/e variants are
// Python source over them).
func init() {
	addMethods(
		py.MustNewMethod("execv", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "execv expected 2 arguments, got %d", len(args))
			}
			p, err := convPath("execv", args[0], false)
			if err != nil {
				return nil, err
			}
			argv, err := execArgv("execv", args[1])
			if err != nil {
				return nil, err
			}
			return nil, pathError(unix.Exec(p.name, argv, environ.List(nil)))
		}, 0, "Execute an executable path with arguments, replacing current process."),
		py.MustNewMethod("execve", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := parseArgs("execve", args, kwargs, []string{"path", "argv", "env"}, 3, 3)
			if err != nil {
				return nil, err
			}
			p, err := convPath("execve", a[0], true)
			if err != nil {
				return nil, err
			}
			argv, err := execArgv("execve", a[1])
			if err != nil {
				return nil, err
			}
			env, err := execEnv(a[2])
			if err != nil {
				return nil, err
			}
			if p.isFd {
				return nil, pathError(unix.Exec("/proc/self/fd/"+itoa(p.fd), argv, env), p.obj)
			}
			return nil, pathError(unix.Exec(p.name, argv, env), p.obj)
		}, 0, "Execute an executable path with arguments, replacing current process."),
	)
}
