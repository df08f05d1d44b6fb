package marshal

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "marshal", Doc: "Internal Python object serialization (gopy: CPython's format for values, gopy's own for code objects)."},
		Methods: []*py.Method{
			py.MustNewMethod("dumps", dumps, 0, "Return the bytes object that would be written to a file by dump(value, file)."),
			py.MustNewMethod("loads", loads, 0, "Convert the bytes-like object to a value."),
			py.MustNewMethod("dump", dump, 0, "Write the value on the open file."),
			py.MustNewMethod("load", load, 0, "Read one value from the open file and return it."),
		},
		Globals: py.StringDict{"version": py.Int(Version)},
	})
}

// positional checks the count of positional-only arguments, with CPython's messages.
func positional(name string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "marshal.%s() takes no keyword arguments", name)
	}
	switch {
	case min == max && len(args) != min:
		return py.ExceptionNewf(py.TypeError, "marshal.%s() takes exactly one argument (%d given)", name, len(args))
	case len(args) < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	case len(args) > max:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// versionArg reads the optional version argument at index i.
func versionArg(args py.Tuple, i int) (int, error) {
	if len(args) <= i {
		return Version, nil
	}
	v, err := py.Index(args[i])
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", args[i].Type().Name)
	}
	return int(v), nil
}

func dumps(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("dumps", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	version, err := versionArg(args, 1)
	if err != nil {
		return nil, err
	}
	b, err := Dumps(args[0], version)
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

// bytesLike returns the bytes of a bytes-like object.
func bytesLike(o py.Object) ([]byte, error) {
	switch b := o.(type) {
	case py.Bytes:
		return b, nil
	case *objects.ByteArray:
		return b.Bytes(), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func loads(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("loads", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	b, err := bytesLike(args[0])
	if err != nil {
		return nil, err
	}
	return Loads(b)
}

func dump(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("dump", args, kwargs, 2, 3); err != nil {
		return nil, err
	}
	version, err := versionArg(args, 2)
	if err != nil {
		return nil, err
	}
	b, err := Dumps(args[0], version)
	if err != nil {
		return nil, err
	}
	write, err := py.GetAttrString(args[1], "write")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(write, py.Tuple{py.Bytes(b)}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

func load(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional("load", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	read, err := py.GetAttrString(args[0], "read")
	if err != nil {
		return nil, err
	}
	r := &reader{src: &fileSource{readFn: read}}
	return r.object()
}

// fileSource reads from a file object's read() (marshal.load), as much as each value
// needs, so that values written one after the other are read one by one.
type fileSource struct {
	readFn py.Object
}

func (s *fileSource) call(n int) ([]byte, error) {
	v, err := py.Call(s.readFn, py.Tuple{py.Int(n)}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := v.(py.Bytes)
	if !ok {
		if ba, ok := v.(*objects.ByteArray); ok {
			return ba.Bytes(), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "file.read() returned not bytes but %s", v.Type().Name)
	}
	return b, nil
}

func (s *fileSource) read(n int) ([]byte, error) {
	if n == 0 {
		return nil, nil
	}
	b, err := s.call(n)
	if err != nil {
		return nil, err
	}
	if len(b) > n {
		return nil, py.ExceptionNewf(py.ValueError, "read() returned too much data: %d bytes requested, %d returned", n, len(b))
	}
	if len(b) < n {
		return nil, py.ExceptionNewf(py.EOFError, "EOF read where not expected")
	}
	return b, nil
}

func (s *fileSource) readByte() (byte, bool, error) {
	b, err := s.call(1)
	if err != nil || len(b) == 0 {
		return 0, false, err
	}
	return b[0], true, nil
}

func (s *fileSource) left() int { return -1 }
