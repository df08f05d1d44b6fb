package os

import (
	_ "embed"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// osSource is the part of os written in Python (walk, fwalk, makedirs ...), run when
// first needed (lazy.go).
//
//go:embed os.py
var osSource string

// osInitSource is the part of os written in Python that runs at import (os.path,
// PathLike, the supports_* sets).
//
//go:embed os_init.py
var osInitSource string

// posixpathSource is the part of posixpath written in Python (relpath, commonpath ...),
// run when first needed (lazy.go).
//
//go:embed posixpath.py
var posixpathSource string

// The posixpath module, which is os.path: CPython's string algorithms (join, split,
// splitext, normpath ... differ from Go's path/filepath in their details) and the stat-based
// predicates.
func init() {
	// pathFunc wraps a function of one path argument (str, bytes or path-like); the str
	// results of a bytes argument are bytes.
	pathFunc := func(name, doc string, f func(p string) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			p, isBytes, err := pathArg(args[0])
			if err != nil {
				return nil, err
			}
			res, err := f(p)
			if err != nil || !isBytes {
				return res, err
			}
			return toBytes(res), nil
		}, 0, doc)
	}
	str1 := func(name string, f func(string) py.Object, doc string) *py.Method {
		return pathFunc(name, doc, func(p string) (py.Object, error) { return f(p), nil })
	}
	// stat is a predicate on the file's information (a path or a descriptor): False when
	// it cannot be had.
	stat := func(name string, follow bool, f func(st *unix.Stat_t) bool, doc string) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			fname := "stat"
			if !follow {
				fname = "lstat"
			}
			p, err := convPath(fname, args[0], follow)
			if err != nil {
				if py.IsException(py.ValueError, err) {
					return py.False, nil
				}
				return nil, err
			}
			st, err := doStat(p, unix.AT_FDCWD, follow)
			if err != nil {
				return py.False, nil
			}
			return py.NewBool(f(st)), nil
		}, 0, doc)
	}
	fmtIs := func(want uint32) func(st *unix.Stat_t) bool {
		return func(st *unix.Stat_t) bool { return st.Mode&unix.S_IFMT == want }
	}
	methods := []*py.Method{
		py.MustNewMethod("join", pathJoin, 0, "Join two or more pathname components, inserting '/' as needed."),
		str1("split", func(p string) py.Object { h, t := split(p); return py.Tuple{py.String(h), py.String(t)} }, "Split a pathname. Returns tuple \"(head, tail)\"."),
		str1("dirname", func(p string) py.Object { h, _ := split(p); return py.String(h) }, "Returns the directory component of a pathname"),
		str1("basename", func(p string) py.Object { return py.String(p[strings.LastIndex(p, "/")+1:]) }, "Returns the final component of a pathname"),
		str1("splitext", func(p string) py.Object { r, e := splitext(p); return py.Tuple{py.String(r), py.String(e)} }, "Split the extension from a pathname."),
		str1("isabs", func(p string) py.Object { return py.NewBool(strings.HasPrefix(p, "/")) }, "Test whether a path is absolute"),
		str1("normpath", func(p string) py.Object { return py.String(normpath(p)) }, "Normalize path, eliminating double slashes, etc."),
		str1("abspath", func(p string) py.Object { return py.String(abspath(p)) }, "Return an absolute path."),
		stat("exists", true, func(*unix.Stat_t) bool { return true }, "Test whether a path exists."),
		stat("lexists", false, func(*unix.Stat_t) bool { return true }, "Test whether a path exists, without following symbolic links."),
		stat("isfile", true, fmtIs(unix.S_IFREG), "Test whether a path is a regular file"),
		stat("isdir", true, fmtIs(unix.S_IFDIR), "Return true if the pathname refers to an existing directory."),
		stat("islink", false, fmtIs(unix.S_IFLNK), "Test whether a path is a symbolic link"),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "posixpath", Doc: "Common operations on Posix pathnames."},
		Methods: append(methods, posixpathLazy.stubs(posixpathLazyFuncs)...),
		Globals: py.StringDict{
			"sep": py.String("/"), "curdir": py.String("."), "pardir": py.String(".."),
			"extsep": py.String("."), "pathsep": py.String(":"), "altsep": py.None,
			"defpath": py.String("/bin:/usr/bin"), "devnull": py.String("/dev/null"),
		},
	})
	// os.path is posixpath, also under its own name in sys.modules, as in CPython.
	impl := py.GetModuleImpl("os")
	impl.CodeSrc = osInitSource
	addMethods(osLazy.stubs(osLazyFuncs)...)
}

// pathArg converts a str, bytes or path-like argument to its text, telling whether it
// was bytes.
func pathArg(o py.Object) (string, bool, error) {
	p, ok, err := fspathOf(o)
	if err != nil {
		return "", false, err
	}
	switch v := p.(type) {
	case py.String:
		return string(v), false, nil
	case py.Bytes:
		return string(v), true, nil
	}
	if ok {
		return "", false, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
}

// toBytes turns the str in a result (or in a tuple result) into bytes.
func toBytes(o py.Object) py.Object {
	switch v := o.(type) {
	case py.String:
		return py.Bytes(v)
	case py.Tuple:
		out := make(py.Tuple, len(v))
		for i, x := range v {
			out[i] = toBytes(x)
		}
		return out
	}
	return o
}

func pathJoin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "join() missing 1 required positional argument: 'a'")
	}
	path, isBytes, err := pathArg(args[0])
	if err != nil {
		return nil, err
	}
	for _, a := range args[1:] {
		b, bBytes, err := pathArg(a)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", a.Type().Name)
		}
		if bBytes != isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "Can't mix strings and bytes in path components")
		}
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	if isBytes {
		return py.Bytes(path), nil
	}
	return py.String(path), nil
}

// split is posixpath.split.
func split(p string) (head, tail string) {
	i := strings.LastIndex(p, "/") + 1
	head, tail = p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// splitext is posixpath.splitext: a leading dot of the file name is not an extension.
func splitext(p string) (root, ext string) {
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// normpath is posixpath.normpath.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func abspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, err := os.Getwd()
		if err == nil {
			if p == "" {
				p = cwd
			} else {
				p = strings.TrimSuffix(cwd, "/") + "/" + p
			}
		}
	}
	return normpath(p)
}
