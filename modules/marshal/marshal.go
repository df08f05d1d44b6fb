// Package marshal implements Python's marshal module for gopy: the serialization of
// Python values and code objects.
//
// Values use CPython 3.11's format (type codes, little-endian lengths, version 4's short
// strings and small tuples, version 3's references), so data written by either
// interpreter loads in the other. Code objects cannot be shared with CPython (gpython's
// bytecode is not CPython's): gopy writes them under a type code of its own, which
// CPython's loads rejects as unknown, as gopy's rejects CPython's code objects.
//
// A gopy code object is written generically (code.go): every exported field of gpython's
// py.Code, by name, found by reflection, so a field added to py.Code is written without
// changes here (a field of a kind marshal cannot write is an error, which the tests
// catch); then the tables the compiler keeps beside code objects (compiler.CodeTables:
// the exact line table, later a position table); constants that are not data (the
// compiler's helpers) are written by the name compiler.ConstName gives them. The result
// is read back only by a process of the same binary, such as a child of the 'fork' start
// method of multiprocessing, which hands functions over this way: this package is the
// one place that serializes code.
//
// Reading checks every length against the data left before allocating, bounds nesting,
// and turns malformed data into CPython's errors (EOFError, ValueError "bad marshal
// data (...)"); FuzzLoads exercises it.
package marshal

import (
	"github.com/go-python/gpython/py"
)

// Version is marshal.version: the format Dumps writes unless told otherwise.
const Version = 4

// The type codes of CPython's format (Python/marshal.c), and gopy's own for code objects
// and for the constants of code that are not data.
const (
	typeNull                    = '0'
	typeNone                    = 'N'
	typeFalse                   = 'F'
	typeTrue                    = 'T'
	typeStopIter                = 'S'
	typeEllipsis                = '.'
	typeInt                     = 'i'
	typeInt64                   = 'I'
	typeFloat                   = 'f'
	typeBinaryFloat             = 'g'
	typeComplex                 = 'x'
	typeBinaryComplex           = 'y'
	typeLong                    = 'l'
	typeString                  = 's'
	typeInterned                = 't'
	typeRef                     = 'r'
	typeTuple                   = '('
	typeList                    = '['
	typeDict                    = '{'
	typeUnicode                 = 'u'
	typeSet                     = '<'
	typeFrozenSet               = '>'
	typeASCII                   = 'a'
	typeASCIIInterned           = 'A'
	typeSmallTuple              = ')'
	typeShortASCII              = 'z'
	typeShortASCIIInterned      = 'Z'
	typeGopyCode                = 'G'
	typeGopyConst               = 'K'
	flagRef                byte = 0x80
)

// maxDepth bounds nesting, as CPython's MAX_MARSHAL_STACK_DEPTH.
const maxDepth = 2000

// Dumps returns the marshal data of obj in format version (CPython's marshal.dumps).
func Dumps(obj py.Object, version int) ([]byte, error) {
	w := &writer{version: version}
	if version >= 3 {
		w.refs = newRefTable()
	}
	if err := w.object(obj); err != nil {
		return nil, err
	}
	return w.out, nil
}

// Loads returns the value marshal data begins with (CPython's marshal.loads, which
// ignores what follows it).
func Loads(data []byte) (py.Object, error) {
	r := &reader{src: &byteSource{data: data}}
	return r.object()
}
