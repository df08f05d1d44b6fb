package objects

import "github.com/go-python/gpython/py"

// ByteArrayType is Python's bytearray type.
var ByteArrayType = py.NewType("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array")

// ByteArray is a Python bytearray: a mutable sequence of bytes.
type ByteArray struct {
	b []byte
}

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }
