package codecs

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/codec"
	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/modules/importlib"
)

// byteorder is the byteorder argument of the utf_16/utf_32 functions: 0 native (with a
// BOM when encoding), -1 little endian, 1 big endian.
func byteorderArg(o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	return argclinic.Int(o)
}

func encoderFunc(name string, c *codec.Codec) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		v, err := argclinic.Parse(name, args, kw, []string{"str", "errors"}, 2, 2, 1)
		if err != nil {
			return nil, err
		}
		s, err := strArg(name, v[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(v[1])
		if err != nil {
			return nil, err
		}
		out, n, err := c.Encode(s, errors)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(n)}, nil
	}, 0, name+"($module, str, errors=None, /)\n--\n\n")
}

func decoderFunc(name string, c *codec.Codec, hasFinal bool) *py.Method {
	return decoderFuncFinal(name, c, hasFinal, false)
}

// decoderFuncFinal is decoderFunc with the default of final (True for the escape codecs).
func decoderFuncFinal(name string, c *codec.Codec, hasFinal, finalDefault bool) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		max := 2
		if hasFinal {
			max = 3
		}
		v, err := argclinic.Parse(name, args, kw, []string{"data", "errors", "final"}[:max], max, max, 1)
		if err != nil {
			return nil, err
		}
		data, err := bytesArg(v[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(v[1])
		if err != nil {
			return nil, err
		}
		final := !hasFinal
		if hasFinal {
			if final, err = truth(v[2]); err != nil {
				return nil, err
			}
			if v[2] == nil {
				final = finalDefault
			}
		}
		s, n, err := c.Decode(data, 0, errors, final)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, name+"($module, data, errors=None, final="+map[bool]string{false: "False", true: "True"}[finalDefault]+", /)\n--\n\n")
}

// bomEncoder is utf_16_encode / utf_32_encode: a BOM and little endian for byteorder 0.
func bomEncoder(name string, le, be *codec.Codec, bom []byte) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		v, err := argclinic.Parse(name, args, kw, []string{"str", "errors", "byteorder"}, 3, 3, 1)
		if err != nil {
			return nil, err
		}
		s, err := strArg(name, v[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(v[1])
		if err != nil {
			return nil, err
		}
		order, err := byteorderArg(v[2])
		if err != nil {
			return nil, err
		}
		c := le
		if order > 0 {
			c = be
		}
		out, n, err := c.Encode(s, errors)
		if err != nil {
			return nil, err
		}
		if order == 0 {
			out = append(append([]byte(nil), bom...), out...)
		}
		return py.Tuple{py.Bytes(out), py.Int(n)}, nil
	}, 0, name+"($module, str, errors=None, byteorder=0, /)\n--\n\n")
}

func bomDecoder(name string, ex bool, wide int) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		names := []string{"data", "errors", "final"}
		if ex {
			names = []string{"data", "errors", "byteorder", "final"}
		}
		v, err := argclinic.Parse(name, args, kw, names, len(names), len(names), 1)
		if err != nil {
			return nil, err
		}
		data, err := bytesArg(v[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(v[1])
		if err != nil {
			return nil, err
		}
		order, finalArg := 0, v[2]
		if ex {
			if order, err = byteorderArg(v[2]); err != nil {
				return nil, err
			}
			finalArg = v[3]
		}
		final, err := truth(finalArg)
		if err != nil {
			return nil, err
		}
		s, n, found, err := codec.DecodeBOM(data, errors, order, final, wide)
		if err != nil {
			return nil, err
		}
		if ex {
			return py.Tuple{py.String(s), py.Int(n), py.Int(found)}, nil
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, name+"($module, data, errors=None, final=False, /)\n--\n\n")
}

func registerError(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("register_error", "register_error", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := strArg("register_error", args[0])
	if err != nil {
		return nil, err
	}
	codec.RegisterHandler(name, args[1])
	return py.None, nil
}

func lookupError(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("lookup_error", "lookup_error", args, kw, 1, 1); err != nil {
		return nil, err
	}
	name, err := strArg("lookup_error", args[0])
	if err != nil {
		return nil, err
	}
	return codec.LookupHandler(name)
}

func init() {
	methods := []*py.Method{
		encoderFunc("utf_8_encode", codec.UTF8), decoderFunc("utf_8_decode", codec.UTF8, true),
		encoderFunc("latin_1_encode", codec.Latin1), decoderFunc("latin_1_decode", codec.Latin1, false),
		encoderFunc("ascii_encode", codec.ASCII), decoderFunc("ascii_decode", codec.ASCII, false),
		encoderFunc("utf_16_le_encode", codec.UTF16LE), decoderFunc("utf_16_le_decode", codec.UTF16LE, true),
		encoderFunc("utf_16_be_encode", codec.UTF16BE), decoderFunc("utf_16_be_decode", codec.UTF16BE, true),
		encoderFunc("utf_32_le_encode", codec.UTF32LE), decoderFunc("utf_32_le_decode", codec.UTF32LE, true),
		encoderFunc("utf_32_be_encode", codec.UTF32BE), decoderFunc("utf_32_be_decode", codec.UTF32BE, true),
		bomEncoder("utf_16_encode", codec.UTF16, codec.UTF16BE, []byte(codec.BOM16LE)),
		bomEncoder("utf_32_encode", codec.UTF32, codec.UTF32BE, []byte(codec.BOM32LE)),
		bomDecoder("utf_16_decode", false, 2), bomDecoder("utf_16_ex_decode", true, 2),
		bomDecoder("utf_32_decode", false, 4), bomDecoder("utf_32_ex_decode", true, 4),
		registryCall("encode", false), registryCall("decode", true),
		encoderFunc("unicode_escape_encode", codec.UnicodeEscape),
		decoderFuncFinal("unicode_escape_decode", codec.UnicodeEscape, true, true),
		encoderFunc("raw_unicode_escape_encode", codec.RawUnicodeEscape),
		decoderFuncFinal("raw_unicode_escape_decode", codec.RawUnicodeEscape, true, true),
		py.MustNewMethod("_charmap_lookup", charmapLookup, 0, "_charmap_lookup(normalized): (key, name) of a single-byte codec, or None."),
		py.MustNewMethod("_charmap_encode", charmapCall(false), 0, "_charmap_encode(key, str, errors): a single-byte codec's encoding."),
		py.MustNewMethod("_charmap_decode", charmapCall(true), 0, "_charmap_decode(key, data, errors): a single-byte codec's decoding."),
		py.MustNewMethod("_charname", charName, 0, "_charname(ch): the Unicode name of a character, or None."),
		py.MustNewMethod("register_error", registerError, 0, "register_error($module, errors, handler, /)\n--\n\nRegister the specified error handler under the name errors."),
		py.MustNewMethod("lookup_error", lookupError, 0, "lookup_error($module, name, /)\n--\n\nlookup_error(errors) -> handler"),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_codecs", Doc: "The codecs of gopy's codecs module, in Go."},
		Methods: methods,
	})
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "codecs", Doc: "Codec registry and base classes.", FileDesc: "<frozen codecs>"},
	}, classesSource, registrySource, encodingsSource)
}

func charName(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("_charname", "_charname", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := strArg("_charname", args[0])
	if err != nil {
		return nil, err
	}
	if rs := codec.Runes(s); len(rs) == 1 {
		if name := codec.CharName(rs[0]); name != "" {
			return py.String(name), nil
		}
	}
	return py.None, nil
}

// nativeCodecs are the codecs _codecs.encode/decode run without the Python registry
// (pickle's protocol 0-2 bytes go through _codecs.encode(text, 'latin1')).
var nativeCodecs = map[string]*codec.Codec{"latin1": codec.Latin1, "latin-1": codec.Latin1,
	"utf-8": codec.UTF8, "utf8": codec.UTF8, "ascii": codec.ASCII}

// registryCall is _codecs.encode/decode(obj, encoding='utf-8', errors='strict'): the
// native codecs directly, any other through codecs.encode/decode.
func registryCall(name string, decoding bool) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		v, err := argclinic.Parse(name, args, kw, []string{"obj", "encoding", "errors"}, 0, 3, 1)
		if err != nil {
			return nil, err
		}
		enc, errors := py.Object(py.String("utf-8")), py.Object(py.String("strict"))
		if v[1] != nil {
			enc = v[1]
		}
		if v[2] != nil {
			errors = v[2]
		}
		es, ok1 := enc.(py.String)
		rs, ok2 := errors.(py.String)
		if c := nativeCodecs[string(es)]; ok1 && ok2 && c != nil {
			if decoding {
				if b, ok := argclinic.Bytes(v[0]); ok {
					s, _, err := c.Decode(b, 0, string(rs), true)
					return py.String(s), err
				}
			} else if s, ok := v[0].(py.String); ok {
				out, _, err := c.Encode(string(s), string(rs))
				return py.Bytes(out), err
			}
		}
		m, ok := self.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "_codecs.%s without its module", name)
		}
		mod, err := importlib.Import(m.Context, "codecs", nil, nil, 0)
		if err != nil {
			return nil, err
		}
		fn, err := py.GetAttrString(mod, name)
		if err != nil {
			return nil, err
		}
		return py.Call(fn, py.Tuple{v[0], enc, errors}, nil)
	}, 0, name+"($module, /, obj, encoding='utf-8', errors='strict')\n--\n\n")
}
