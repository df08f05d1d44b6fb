package codecs

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/codec"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/importlib"
)

// charmapLookup is _codecs._charmap_lookup(normalized): the key and name of a
// single-byte codec, or None.
func charmapLookup(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "_charmap_lookup() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return py.None, nil
	}
	key := codec.CharmapKey(string(s))
	if key == "" {
		return py.None, nil
	}
	return py.Tuple{py.String(key), py.String(codec.CharmapName(key))}, nil
}

// charmapCall makes _codecs._charmap_encode/_decode(key, obj, errors).
func charmapCall(decoding bool) func(py.Object, py.Tuple) (py.Object, error) {
	return func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 3 arguments, got %d", len(args))
		}
		key, _ := args[0].(py.String)
		c := codec.Charmap(string(key))
		if c == nil {
			return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", string(key))
		}
		errors, err := errorsArg(args[2])
		if err != nil {
			return nil, err
		}
		if decoding {
			data, err := bytesArg(args[1])
			if err != nil {
				return nil, err
			}
			s, n, err := c.Decode(data, 0, errors, true)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.String(s), py.Int(n)}, nil
		}
		s, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument 1 must be str, not %s", argclinic.TypeName(args[1]))
		}
		out, n, err := c.Encode(string(s), errors)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(n)}, nil
	}
}

// viaRegistry is codec.Registry: str.encode and bytes.decode with a codec that
// codecs.register added (or one of the codecs.py-only codecs), with CPython's checks that
// it is a text encoding and that it returns bytes or str.
func viaRegistry(obj py.Object, encoding, errors string, decoding bool) (py.Object, error) {
	t := gil.Holding()
	var f *py.Frame
	if t != nil {
		f = t.Frame(0)
	}
	if f == nil || f.Context == nil {
		return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", encoding)
	}
	mod, err := importlib.Import(f.Context, "codecs", nil, nil, 0)
	if err != nil {
		return nil, err
	}
	call := func(name string, args ...py.Object) (py.Object, error) {
		fn, err := py.GetAttrString(mod, name)
		if err != nil {
			return nil, err
		}
		return py.Call(fn, py.Tuple(args), nil)
	}
	info, err := call("lookup", py.String(encoding))
	if err != nil {
		return nil, err
	}
	verb, want := "encode", "bytes"
	if decoding {
		verb, want = "decode", "str"
	}
	if isText, err := py.GetAttrString(info, "_is_text_encoding"); err == nil {
		if ok, err := py.ObjectIsTrue(isText); err == nil && !ok {
			return nil, py.ExceptionNewf(py.LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, verb)
		}
	}
	res, err := call(verb, obj, py.String(encoding), py.String(errors))
	if err != nil {
		return nil, err
	}
	switch r := res.(type) {
	case py.String:
		if decoding {
			return r, nil
		}
	case py.Bytes:
		if !decoding {
			return r, nil
		}
	default:
		if b, ok := argclinic.Bytes(res); ok && !decoding && argclinic.TypeName(res) == "bytearray" {
			return py.Bytes(append([]byte(nil), b...)), nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' %ser returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary types",
		encoding, verb[:len(verb)-1], argclinic.TypeName(res), want, verb, verb)
}

func init() { codec.Registry = viaRegistry }
