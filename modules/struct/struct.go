// Package pystruct provides Python's struct module (and _struct beneath it): pack, unpack,
// calcsize, pack_into, unpack_from, iter_unpack, the Struct class and struct.error, with
// native ('@') sizes and alignment of a 64-bit Linux machine, the standard sizes of '<',
// '>', '!' and '=', and CPython 3.11's error messages (the Go package cannot be named struct).
package pystruct

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/objects"
)

//go:embed struct.py
var source string

// Error is struct.error.
var Error = classes.NewExceptionType("error", "struct", "", py.ExceptionType)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_struct", Doc: "Functions to convert between Python values and C structs."},
		Methods: []*py.Method{
			py.MustNewMethod("calcsize", calcsize, 0, "Return size in bytes of the struct described by the format string."),
			py.MustNewMethod("pack", pack, 0, "pack(format, v1, v2, ...) -> bytes"),
			py.MustNewMethod("unpack", unpack, 0, "Return a tuple containing values unpacked according to the format string."),
			py.MustNewMethod("pack_into", packInto, 0, "pack_into(format, buffer, offset, v1, v2, ...)"),
			py.MustNewMethod("unpack_from", unpackFrom, 0, "Return a tuple containing values unpacked according to the format string."),
		},
		Globals: py.StringDict{"error": Error},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "struct", Doc: "Functions to convert between Python values and C structs.", FileDesc: "<frozen struct>"},
		CodeSrc: source,
	})
}

func formatArg(o py.Object) (*layout, error) {
	switch f := o.(type) {
	case py.String:
		return parse(string(f))
	case py.Bytes:
		return parse(string(f))
	}
	return nil, py.ExceptionNewf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", o.Type().Name)
}

func calcsize(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "calcsize() takes exactly one argument (%d given)", len(args))
	}
	l, err := formatArg(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(l.size), nil
}

func pack(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "pack expected at least 1 argument, got 0")
	}
	l, err := formatArg(args[0])
	if err != nil {
		return nil, err
	}
	if len(args)-1 != l.nargs {
		return nil, errorf("pack expected %d items for packing (got %d)", l.nargs, len(args)-1)
	}
	if err := memlimit.Check(l.size, 1); err != nil {
		return nil, err
	}
	buf := make([]byte, l.size)
	if err := l.packInto(buf, args[1:]); err != nil {
		return nil, err
	}
	return py.Bytes(buf), nil
}

func bufferArg(o py.Object) ([]byte, error) {
	if b, ok := objects.BytesLike(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func unpack(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "unpack expected 2 arguments, got %d", len(args))
	}
	l, err := formatArg(args[0])
	if err != nil {
		return nil, err
	}
	b, err := bufferArg(args[1])
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, errorf("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(b), nil
}

func offsetArg(o py.Object, n int, what string) (int, error) {
	off, err := py.Index(o)
	if err != nil {
		return 0, err
	}
	if off < 0 {
		if int(off)+n < 0 {
			return 0, errorf("offset %d out of range for %d-byte buffer", int(off), n)
		}
		off += py.Int(n)
	}
	return int(off), nil
}

func unpackFrom(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var format, buffer, offset py.Object = nil, nil, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:unpack_from", []string{"format", "buffer", "offset"}, &format, &buffer, &offset); err != nil {
		return nil, err
	}
	l, err := formatArg(format)
	if err != nil {
		return nil, err
	}
	b, err := bufferArg(buffer)
	if err != nil {
		return nil, err
	}
	off, err := offsetArg(offset, len(b), "unpack_from")
	if err != nil {
		return nil, err
	}
	return l.unpackAt(b, off)
}

func packInto(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 3 {
		return nil, py.ExceptionNewf(py.TypeError, "pack_into expected at least 3 arguments, got %d", len(args))
	}
	l, err := formatArg(args[0])
	if err != nil {
		return nil, err
	}
	b, ok := objects.WritableBuffer(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument must be read-write bytes-like object, not %s", args[1].Type().Name)
	}
	if len(args)-3 != l.nargs {
		return nil, errorf("pack_into expected %d items for packing (got %d)", l.nargs, len(args)-3)
	}
	off, err := offsetArg(args[2], len(b), "pack_into")
	if err != nil {
		return nil, err
	}
	return py.None, l.packAt(b, off, args[3:])
}
