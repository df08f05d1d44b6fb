package binascii

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
)

// registerBase64Helpers registers _base64, the parts of base64.py done in Go. Their
// arguments arrive converted by base64.py (bytes-like, flags as bools).
func registerBase64Helpers() {
	alphabet := func(o py.Object) string {
		if o == py.True {
			return b32HexAlphabet
		}
		return b32Alphabet
	}
	buf := func(o py.Object) ([]byte, error) { return argclinic.NeedBytes(o) }
	truth := func(o py.Object) bool { t, _ := py.ObjectIsTrue(o); return t }
	fn := func(name string, f func(args py.Tuple) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) { return f(args) }, 0, "")
	}
	methods := []*py.Method{
		fn("b32encode", func(args py.Tuple) (py.Object, error) { // (data, hex)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(EncodeBase32(alphabet(args[1]), b)), nil
		}),
		fn("b32decode", func(args py.Tuple) (py.Object, error) { // (data, hex)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			return bytesResult(DecodeBase32(alphabet(args[1]), b))
		}),
		fn("a85encode", func(args py.Tuple) (py.Object, error) { // (data, foldspaces, wrapcol, pad, adobe)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			wrap, err := argclinic.Int(args[2])
			if err != nil {
				return nil, err
			}
			return py.Bytes(EncodeA85(b, truth(args[1]), wrap, truth(args[3]), truth(args[4]))), nil
		}),
		fn("a85decode", func(args py.Tuple) (py.Object, error) { // (data, foldspaces, adobe, ignorechars)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			ignore, err := buf(args[3])
			if err != nil {
				return nil, err
			}
			return bytesResult(DecodeA85(b, truth(args[1]), truth(args[2]), ignore))
		}),
		fn("b85encode", func(args py.Tuple) (py.Object, error) { // (data, pad)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(EncodeB85(b, truth(args[1]))), nil
		}),
		fn("b85decode", func(args py.Tuple) (py.Object, error) { // (data)
			b, err := buf(args[0])
			if err != nil {
				return nil, err
			}
			return bytesResult(DecodeB85(b))
		}),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_base64", Doc: "gopy's helpers for base64.py: base32, Ascii85 and base85 in Go."},
		Methods: methods,
	})
}
