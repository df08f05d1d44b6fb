package os

import (
	"bytes"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

// kwMethod makes a module function whose arguments parseArgs unpacks (names, required,
// maxpos as there) before f runs with them.
func kwMethod(name string, names []string, required, maxpos int, f func(a []py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs(name, args, kwargs, names, required, maxpos)
		if err != nil {
			return nil, err
		}
		return f(a)
	}, 0, doc)
}

// parseArgs unpacks arguments as CPython's Argument Clinic does, with its messages: names
// lists the parameters, the first required of them are required, the first maxpos may be
// given by position and the rest only by keyword. Missing ones are nil.
func parseArgs(fname string, args py.Tuple, kwargs py.StringDict, names []string, required, maxpos int) ([]py.Object, error) {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if n := len(args) + len(kwargs); n > len(names) {
		kw := ""
		if len(args) == 0 {
			kw = "keyword "
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), kw, plural(len(names)), n)
	}
	if len(args) > maxpos {
		if maxpos == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if required < maxpos {
			how = "at most"
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes %s %d positional argument%s (%d given)", fname, how, maxpos, plural(maxpos), len(args))
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	used := 0
	for i, n := range names {
		v, ok := kwargs[n]
		if !ok {
			continue
		}
		if i < len(args) {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, n, i+1)
		}
		out[i] = v
		used++
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	if used < len(kwargs) {
		for k := range kwargs {
			known := false
			for _, n := range names {
				known = known || n == k
			}
			if !known {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fname)
			}
		}
	}
	return out, nil
}

// pathVal is a converted path argument (CPython's path_t): a file name, or a descriptor
// when the function accepts one.
type pathVal struct {
	name    string    // the file name
	fd      int       // the descriptor, when isFd
	isFd    bool      // an int was given
	isBytes bool      // the name was bytes (results are bytes too)
	obj     py.Object // what the caller gave, for error messages
}

// fspathOf is os.fspath: str and bytes themselves, else the result of __fspath__.
func fspathOf(o py.Object) (py.Object, bool, error) {
	switch o.(type) {
	case py.String, py.Bytes:
		return o, true, nil
	}
	res, ok, err := callSpecial(o, "__fspath__")
	if !ok || err != nil {
		return nil, false, err
	}
	switch res.(type) {
	case py.String, py.Bytes:
		return res, true, nil
	}
	return nil, true, py.ExceptionNewf(py.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, res.Type().Name)
}

// FSPath is os.fspath's conversion for other native modules: a str or bytes as it is, or
// what __fspath__ returns; ok is false when o is none of these.
func FSPath(o py.Object) (p py.Object, ok bool, err error) { return fspathOf(o) }

// convPath converts argument o of function fname; allowFd accepts an int descriptor.
func convPath(fname string, o py.Object, allowFd bool) (pathVal, error) {
	if allowFd {
		switch o.(type) {
		case py.Int, *py.BigInt, py.Bool:
			fd, err := asInt(o)
			return pathVal{fd: fd, isFd: true, obj: o}, err
		}
	}
	p, ok, err := fspathOf(o)
	if err != nil {
		return pathVal{}, err
	}
	if !ok {
		kinds := "string, bytes or os.PathLike"
		switch {
		case allowFd && (fname == "listdir" || fname == "scandir"):
			kinds = "string, bytes, os.PathLike, integer or None"
		case allowFd:
			kinds = "string, bytes, os.PathLike or integer"
		}
		return pathVal{}, py.ExceptionNewf(py.TypeError, "%s: path should be %s, not %s", fname, kinds, o.Type().Name)
	}
	v := pathVal{obj: p}
	switch s := p.(type) {
	case py.String:
		v.name = string(s)
	case py.Bytes:
		v.name, v.isBytes = string(s), true
	}
	if strings.IndexByte(v.name, 0) >= 0 {
		return pathVal{}, py.ExceptionNewf(py.ValueError, "embedded null byte")
	}
	return v, nil
}

// result gives a file name back as the argument's kind: bytes for bytes, else str.
func (p pathVal) result(name string) py.Object {
	if p.isBytes {
		return py.Bytes(name)
	}
	return py.String(name)
}

// dirFd converts a dir_fd argument: None (or absent) is AT_FDCWD.
func dirFd(o py.Object) (int, error) {
	switch o.(type) {
	case nil:
		return unix.AT_FDCWD, nil
	case py.Int, *py.BigInt, py.Bool:
		return asInt(o)
	}
	if o == py.None {
		return unix.AT_FDCWD, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not %s", o.Type().Name)
}

// fdWithDirFd is the error of a descriptor given with a dir_fd.
func fdWithDirFd(fname string, p pathVal, dfd int) error {
	if p.isFd && dfd != unix.AT_FDCWD {
		return py.ExceptionNewf(py.ValueError, "%s: can't specify dir_fd without matching path", fname)
	}
	return nil
}

// boolArg converts an optional flag argument.
func boolArg(o py.Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// pathError raises the OSError subclass for a failed call on files: its errno and
// strerror, and the file names (given objects) CPython attaches.
func pathError(err error, names ...py.Object) error {
	e, ok := err.(unix.Errno)
	if !ok {
		return errno.FromError(err)
	}
	if len(names) == 0 {
		return errno.NewOSError(e, "")
	}
	args := py.Tuple{py.Int(int(e)), py.String(errno.Strerror(e)), names[0]}
	if len(names) > 1 {
		args = append(args, py.None, names[1])
	}
	v, cerr := py.Call(py.OSError, args, nil)
	if cerr != nil {
		return cerr
	}
	if ex, ok := v.(*py.Exception); ok {
		return ex
	}
	return py.ExceptionInfo{Type: v.Type(), Value: v}
}

// fdArg converts a file descriptor argument (CPython's fildes converter): an int, or an
// object with a fileno() method.
func fdArg(o py.Object) (int, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
	default:
		res, ok, err := callSpecial(o, "fileno")
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, py.ExceptionNewf(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
		o = res
	}
	fd, err := asInt(o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// retry runs a system call again while it fails with EINTR (PEP 475).
func retry(f func() error) error {
	for {
		err := f()
		if err != unix.EINTR {
			return err
		}
	}
}

// cstr cuts a C string out of a fixed buffer.
func cstr(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// callSpecial calls method name of o's type (not of the instance) without arguments; ok is
// false when the type has none.
func callSpecial(o py.Object, name string) (py.Object, bool, error) {
	t := o.Type()
	m := t.Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	if g, ok := m.(py.I__get__); ok {
		bound, err := g.M__get__(o, t)
		if err != nil {
			return nil, true, err
		}
		res, err := py.Call(bound, nil, nil)
		return res, true, err
	}
	res, err := py.Call(m, py.Tuple{o}, nil)
	return res, true, err
}
