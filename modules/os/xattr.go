package os

import (
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
)

// xattrSizeMax is Linux's largest extended attribute value (XATTR_SIZE_MAX).
const xattrSizeMax = 65536

// Extended attributes: getxattr, setxattr, listxattr, removexattr on a path (following
// symbolic links or not) or a descriptor, with CPython's arguments and errors.

// xattrTarget is the file an xattr call works on: a descriptor, or a path with the
// follow_symlinks choice.
type xattrTarget struct {
	p      pathVal
	follow bool
}

func xattrPath(fname string, path, follow py.Object) (xattrTarget, error) {
	p, err := convPath(fname, path, true)
	if err != nil {
		return xattrTarget{}, err
	}
	fol, err := boolArg(follow, true)
	if err != nil {
		return xattrTarget{}, err
	}
	if p.isFd && !fol {
		return xattrTarget{}, py.ExceptionNewf(py.ValueError, "%s: cannot use fd and follow_symlinks together", fname)
	}
	return xattrTarget{p, fol}, nil
}

// attributeArg is an attribute name: str, bytes or path-like.
func attributeArg(fname string, o py.Object) (string, error) {
	v, ok, err := fspathOf(o)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s: attribute should be string, bytes or os.PathLike, not %s", fname, o.Type().Name)
	}
	var name string
	switch s := v.(type) {
	case py.String:
		name = string(s)
	case py.Bytes:
		name = string(s)
	}
	if strings.IndexByte(name, 0) >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "embedded null byte")
	}
	return name, nil
}

// call runs the variant of an xattr system call the target asks for, retried on EINTR,
// and raises CPython's OSError naming the file.
func (t xattrTarget) call(onFd func(fd int) error, onPath func(p string) error, onLink func(p string) error) error {
	err := retry(func() error {
		switch {
		case t.p.isFd:
			return onFd(t.p.fd)
		case t.follow:
			return onPath(t.p.name)
		}
		return onLink(t.p.name)
	})
	if err != nil {
		if t.p.isFd {
			return pathError(err)
		}
		return pathError(err, t.p.obj)
	}
	return nil
}

// readSized calls get with growing buffers until the value fits (ERANGE: larger).
func readSized(get func(buf []byte) (int, error)) ([]byte, error) {
	for size := 128; ; size *= 4 {
		if size > xattrSizeMax*4 {
			size = xattrSizeMax * 4
		}
		buf := make([]byte, size)
		n, err := get(buf)
		if err == unix.ERANGE && size < xattrSizeMax*4 {
			continue
		}
		if err != nil {
			return nil, err
		}
		return buf[:n], nil
	}
}

func init() {
	addMethods(
		kwMethod("getxattr", []string{"path", "attribute", "follow_symlinks"}, 2, 2, func(a []py.Object) (py.Object, error) {
			t, err := xattrPath("getxattr", a[0], a[2])
			if err != nil {
				return nil, err
			}
			attr, err := attributeArg("getxattr", a[1])
			if err != nil {
				return nil, err
			}
			var value []byte
			get := func(read func(buf []byte) (int, error)) error {
				var err error
				value, err = readSized(read)
				return err
			}
			err = t.call(
				func(fd int) error { return get(func(b []byte) (int, error) { return unix.Fgetxattr(fd, attr, b) }) },
				func(p string) error { return get(func(b []byte) (int, error) { return unix.Getxattr(p, attr, b) }) },
				func(p string) error { return get(func(b []byte) (int, error) { return unix.Lgetxattr(p, attr, b) }) })
			if err != nil {
				return nil, err
			}
			return py.Bytes(value), nil
		}, "Return the value of extended attribute attribute on path."),
		kwMethod("setxattr", []string{"path", "attribute", "value", "flags", "follow_symlinks"}, 3, 4, func(a []py.Object) (py.Object, error) {
			t, err := xattrPath("setxattr", a[0], a[4])
			if err != nil {
				return nil, err
			}
			attr, err := attributeArg("setxattr", a[1])
			if err != nil {
				return nil, err
			}
			value, ok := objects.BytesLike(a[2])
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", a[2].Type().Name)
			}
			flags, err := intOr(a[3], 0)
			if err != nil {
				return nil, err
			}
			return py.None, t.call(
				func(fd int) error { return unix.Fsetxattr(fd, attr, value, flags) },
				func(p string) error { return unix.Setxattr(p, attr, value, flags) },
				func(p string) error { return unix.Lsetxattr(p, attr, value, flags) })
		}, "Set extended attribute attribute on path to value."),
		kwMethod("removexattr", []string{"path", "attribute", "follow_symlinks"}, 2, 2, func(a []py.Object) (py.Object, error) {
			t, err := xattrPath("removexattr", a[0], a[2])
			if err != nil {
				return nil, err
			}
			attr, err := attributeArg("removexattr", a[1])
			if err != nil {
				return nil, err
			}
			return py.None, t.call(
				func(fd int) error { return unix.Fremovexattr(fd, attr) },
				func(p string) error { return unix.Removexattr(p, attr) },
				func(p string) error { return unix.Lremovexattr(p, attr) })
		}, "Remove extended attribute attribute on path."),
		kwMethod("listxattr", []string{"path", "follow_symlinks"}, 0, 1, func(a []py.Object) (py.Object, error) {
			path := a[0]
			if path == nil || path == py.None {
				path = py.String(".")
			}
			t, err := xattrPath("listxattr", path, a[1])
			if err != nil {
				return nil, err
			}
			var raw []byte
			list := func(read func(buf []byte) (int, error)) error {
				var err error
				raw, err = readSized(read)
				return err
			}
			err = t.call(
				func(fd int) error { return list(func(b []byte) (int, error) { return unix.Flistxattr(fd, b) }) },
				func(p string) error { return list(func(b []byte) (int, error) { return unix.Listxattr(p, b) }) },
				func(p string) error { return list(func(b []byte) (int, error) { return unix.Llistxattr(p, b) }) })
			if err != nil {
				return nil, err
			}
			var names []py.Object
			for _, n := range strings.Split(string(raw), "\x00") {
				if n != "" {
					names = append(names, py.String(n))
				}
			}
			return py.NewListFromItems(names), nil
		}, "Return a list of extended attributes on path."),
	)
	impl := py.GetModuleImpl("os")
	impl.Globals["XATTR_CREATE"] = py.Int(unix.XATTR_CREATE)
	impl.Globals["XATTR_REPLACE"] = py.Int(unix.XATTR_REPLACE)
	impl.Globals["XATTR_SIZE_MAX"] = py.Int(xattrSizeMax)
}
