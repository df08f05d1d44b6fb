// Package codecs provides Python's codecs module: _codecs in Go over internal/codec (the
// UTF-8, UTF-16, UTF-32, Latin-1 and ASCII codecs that str.encode and bytes.decode also
// use, every built-in error handler, register_error/lookup_error for Python ones) and
// codecs.py (embedded: lookup and register with encodings' names and aliases, CodecInfo,
// the incremental and stream classes, the BOM constants, open and EncodedFile).
package codecs

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
)

//go:embed codecs.py
var classesSource string

//go:embed codecs_registry.py
var registrySource string

//go:embed codecs_encodings.py
var encodingsSource string

func errorsArg(o py.Object) (string, error) {
	if o == nil || o == py.None {
		return "strict", nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "argument 2 must be str or None, not %s", argclinic.TypeName(o))
	}
	return string(s), nil
}

func truth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return py.ObjectIsTrue(o)
}

func strArg(fname string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument 1 must be str, not %s", fname, argclinic.TypeName(o))
	}
	return string(s), nil
}

func bytesArg(o py.Object) ([]byte, error) {
	b, ok := argclinic.Bytes(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(o))
	}
	return b, nil
}
