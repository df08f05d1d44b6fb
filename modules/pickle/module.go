package pickle

import (
	"github.com/go-python/gpython/py"
)

// The pickle module: dumps/loads/dump/load in Go, and the Pickler and Unpickler classes as
// Python classes (so that user code can subclass them and override persistent_id,
// persistent_load, reducer_override, find_class or set dispatch_table) whose methods call
// the Go primitives below. The Go state of an instance lives in its _gopy_state attribute.
// They are defined once, in _pickle (pickle imports them), so that pickle.Pickler is
// _pickle.Pickler as in CPython.

const moduleSrc = `
class Pickler:
    __module__ = '_pickle'

    def __init__(self, *args, **kwargs):
        _pickler_init(self, args, kwargs)

    def dump(self, obj):
        _pickler_dump(self, obj)

    def clear_memo(self):
        _pickler_clear_memo(self)


class Unpickler:
    __module__ = '_pickle'

    def __init__(self, *args, **kwargs):
        _unpickler_init(self, args, kwargs)

    def load(self):
        return _unpickler_load(self)

    def find_class(self, module, name):
        return _find_class(self, module, name)
`

func init() {
	methods := []*py.Method{
		py.MustNewMethod("dumps", dumpsMethod, 0, "dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)\n\nReturn the pickled representation of the object as a bytes object."),
		py.MustNewMethod("loads", loadsMethod, 0, "loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n\nRead and return an object from the given pickle data."),
		py.MustNewMethod("dump", dumpMethod, 0, "dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)\n\nWrite a pickled representation of obj to the open file object file."),
		py.MustNewMethod("load", loadMethod, 0, "load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())\n\nRead and return an object from the pickle data stored in a file."),
		py.MustNewMethod("_pickler_init", picklerInit, 0, ""),
		py.MustNewMethod("_pickler_dump", picklerDump, 0, ""),
		py.MustNewMethod("_pickler_clear_memo", picklerClearMemo, 0, ""),
		py.MustNewMethod("_unpickler_init", unpicklerInit, 0, ""),
		py.MustNewMethod("_unpickler_load", unpicklerLoad, 0, ""),
		py.MustNewMethod("_find_class", findClassMethod, 0, ""),
	}
	globals := func() py.StringDict {
		return py.StringDict{
			"PickleError":      PickleError,
			"PicklingError":    PicklingError,
			"UnpicklingError":  UnpicklingError,
			"PickleBuffer":     PickleBufferType,
			"DEFAULT_PROTOCOL": py.Int(DefaultProtocol),
			"HIGHEST_PROTOCOL": py.Int(HighestProtocol),
		}
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "pickle", Doc: "Create portable serialized representations of Python objects.", FileDesc: "<pickle>"},
		Methods: methods,
		Globals: globals(),
		CodeSrc: "from _pickle import Pickler, Unpickler\n",
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_pickle", Doc: "Optimized C implementation for the Python pickle module.", FileDesc: "<_pickle>"},
		Methods: methods,
		Globals: globals(),
		CodeSrc: moduleSrc,
	})
}

// contextOf returns the context of the module a Go method is bound to.
func contextOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// kwArgs unpacks positional arguments (at most maxPos) and keyword arguments into the
// named slots, reporting CPython's errors for unknown or repeated arguments.
func kwArgs(fn string, args py.Tuple, kwargs py.StringDict, maxPos int, names []string, required int, out ...*py.Object) error {
	if len(args) > maxPos {
		if maxPos == 1 {
			return py.ExceptionNewf(py.TypeError, "%s() takes exactly 1 positional argument (%d given)", fn, len(args))
		}
		if maxPos == len(names) {
			// No keyword-only parameters: CPython does not say "positional".
			return py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fn, maxPos, len(args))
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d positional arguments (%d given)", fn, maxPos, len(args))
	}
	for i, a := range args {
		*out[i] = a
	}
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if i < len(args) {
					return py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
				}
				*out[i] = v
				found = true
			}
		}
		if !found {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fn)
		}
	}
	for i := 0; i < required; i++ {
		if *out[i] == nil {
			return py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	return nil
}

// protocolArg converts the protocol argument (None: DefaultProtocol, negative: highest).
func protocolArg(v py.Object) (int, error) {
	if v == nil || v == py.None {
		return DefaultProtocol, nil
	}
	if _, ok := v.(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	if b, ok := v.(py.Bool); ok {
		// bool is an int: True is protocol 1.
		v = py.Int(0)
		if b {
			v = py.Int(1)
		}
	}
	n, err := py.MakeGoInt(v)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if n < 0 {
		n = HighestProtocol
	}
	if n > HighestProtocol {
		return 0, py.ExceptionNewf(py.ValueError, "pickle protocol must be <= %d", HighestProtocol)
	}
	return n, nil
}

func truth(v py.Object, def bool) (bool, error) {
	if v == nil {
		return def, nil
	}
	b, err := py.MakeBool(v)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

func newPicklerFromArgs(ctx py.Context, protocol, fixImports, bufferCallback py.Object) (*Pickler, error) {
	proto, err := protocolArg(protocol)
	if err != nil {
		return nil, err
	}
	fix, err := truth(fixImports, true)
	if err != nil {
		return nil, err
	}
	p, err := NewPickler(ctx, proto, fix)
	if err != nil {
		return nil, err
	}
	if bufferCallback != nil && bufferCallback != py.None {
		if proto < 5 {
			return nil, py.ExceptionNewf(py.ValueError, "buffer_callback needs protocol >= 5")
		}
		p.BufferCallback = bufferCallback
	}
	return p, nil
}

func dumpsMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, protocol, fixImports, bufferCallback py.Object
	if err := kwArgs("dumps", args, kwargs, 2, []string{"obj", "protocol", "fix_imports", "buffer_callback"}, 1, &obj, &protocol, &fixImports, &bufferCallback); err != nil {
		return nil, err
	}
	p, err := newPicklerFromArgs(contextOf(self), protocol, fixImports, bufferCallback)
	if err != nil {
		return nil, err
	}
	data, err := p.Dump(obj)
	if err != nil {
		return nil, err
	}
	return py.Bytes(data), nil
}

// writerFlush returns a flush function calling file.write.
func writerFlush(file py.Object) (func([]byte) error, error) {
	write, err := py.GetAttrString(file, "write")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "file must have a 'write' attribute")
		}
		return nil, err
	}
	return func(b []byte) error {
		if len(b) == 0 {
			return nil
		}
		_, err := py.Call(write, py.Tuple{py.Bytes(append([]byte(nil), b...))}, nil)
		return err
	}, nil
}

func dumpMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, file, protocol, fixImports, bufferCallback py.Object
	if err := kwArgs("dump", args, kwargs, 3, []string{"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 2, &obj, &file, &protocol, &fixImports, &bufferCallback); err != nil {
		return nil, err
	}
	p, err := newPicklerFromArgs(contextOf(self), protocol, fixImports, bufferCallback)
	if err != nil {
		return nil, err
	}
	if p.flush, err = writerFlush(file); err != nil {
		return nil, err
	}
	if _, err := p.Dump(obj); err != nil {
		return nil, err
	}
	return py.None, nil
}

// configureUnpickler applies loads/load/Unpickler keyword arguments.
func configureUnpickler(fn string, u *Unpickler, fixImports, encoding, errors, buffers py.Object) error {
	var err error
	if u.fixImports, err = truth(fixImports, true); err != nil {
		return err
	}
	if encoding != nil {
		s, ok := encoding.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s() argument 'encoding' must be str, not %s", fn, typeName(encoding))
		}
		u.Encoding = string(s)
	}
	if errors != nil {
		s, ok := errors.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s() argument 'errors' must be str, not %s", fn, typeName(errors))
		}
		u.Errors = string(s)
	}
	if buffers != nil && buffers != py.None {
		it, err := py.Iter(buffers)
		if err != nil {
			return err
		}
		u.Buffers = it
	}
	return nil
}

func loadsMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var data, fixImports, encoding, errors, buffers py.Object
	// data is positional-only: "" is a name no keyword matches.
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "loads() takes exactly 1 positional argument (0 given)")
	}
	if err := kwArgs("loads", args, kwargs, 1, []string{"", "fix_imports", "encoding", "errors", "buffers"}, 1, &data, &fixImports, &encoding, &errors, &buffers); err != nil {
		return nil, err
	}
	b, err := bytesOf(data)
	if err != nil {
		return nil, err
	}
	u := NewUnpickler(contextOf(self), b)
	if err := configureUnpickler("loads", u, fixImports, encoding, errors, buffers); err != nil {
		return nil, err
	}
	return u.Load()
}

func loadMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var file, fixImports, encoding, errors, buffers py.Object
	if err := kwArgs("load", args, kwargs, 1, []string{"file", "fix_imports", "encoding", "errors", "buffers"}, 1, &file, &fixImports, &encoding, &errors, &buffers); err != nil {
		return nil, err
	}
	u, err := newFileUnpickler(contextOf(self), file)
	if err != nil {
		return nil, err
	}
	if err := configureUnpickler("load", u, fixImports, encoding, errors, buffers); err != nil {
		return nil, err
	}
	return u.Load()
}
