// Package ctypes provides Python's ctypes module for its C data types, written in Python by
// gopy (_ctypes.py and ctypes.py, embedded).
//
// A C data object is a typed window on writable bytes (a bytearray it owns, or a memoryview
// of other memory: a structure it is a field of, a buffer given to from_buffer, a shared
// memory segment), read and written with struct's native formats, so sizes, alignment,
// integer wrapping and float rounding are those of a 64-bit Linux C compiler. This is what
// scripts use ctypes for beside multiprocessing: `Value(ctypes.c_int, 0)`,
// `Array(ctypes.c_double, n)`, structures in shared memory. Calling C (CDLL, CFUNCTYPE)
// needs cgo, which gopy does not use: loading a library raises OSError. Pointers keep the
// object they point to rather than an address; addressof gives a stable number that is
// not an address.
package ctypes

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	_ "github.com/gopyrt/gopy/modules/struct" // struct, which _ctypes.py imports
)

//go:embed _ctypes.py
var coreSource string

//go:embed ctypes.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_ctypes", Doc: "The memory model of ctypes' C data types.", FileDesc: "<frozen _ctypes>"},
		CodeSrc: coreSource,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "ctypes", Doc: "C data types in Python (without a foreign function interface).", FileDesc: "<frozen ctypes>"},
		CodeSrc: source,
	})
}
