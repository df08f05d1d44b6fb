// Package binascii is Python's binascii module in Go (replacing gpython's partial one):
// base64, hex, uuencode and quoted-printable conversions and the CRCs, with CPython's
// exact outputs, lenient and strict decoding rules and messages. It also registers
// _base64, gopy's helpers for base64.py (base32, Ascii85 and base85, which CPython does
// in Python).
package binascii

import (
	"hash/crc32"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's binascii first, replaced here

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
)

// Error is binascii.Error (a ValueError); Incomplete is binascii.Incomplete.
var (
	Error      = classes.NewExceptionType("Error", "binascii", "", py.ValueError)
	Incomplete = classes.NewExceptionType("Incomplete", "binascii", "", py.ExceptionType)
)

func errorf(format string, args ...any) error { return py.ExceptionNewf(Error, format, args...) }

// asciiData converts the data of the a2b_ functions: bytes-like, or a str of ASCII
// characters.
func asciiData(o py.Object) ([]byte, error) {
	if s, ok := o.(py.String); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if b, ok := argclinic.Bytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", argclinic.TypeName(o))
}

// boolArg converts an optional flag.
func boolArg(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return py.ObjectIsTrue(o)
}

// method wraps f with Argument Clinic's unpacking of names (npos positional-only, the rest
// keyword-only after maxpos).
func method(name string, names []string, npos, maxpos, required int, doc string, f func(a []py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Unpack("binascii", name, args, kwargs, names, npos, maxpos, required)
		if err != nil {
			return nil, err
		}
		return f(a)
	}, 0, doc)
}

// crc32Of is binascii.crc32 and zlib.crc32: the running CRC-32 of data after crc.
func crc32Of(data []byte, crc uint32) uint32 { return crc32.Update(crc, crc32.IEEETable, data) }
