package multiprocessing

import (
	"encoding/binary"
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
)

// StructError is struct.error, which ShareableList raises where CPython's struct module
// would (gopy has no struct module; the type carries its name and module).
var StructError = py.ExceptionType.NewType("error", "", nil, nil)

func init() {
	builtins.Ready(StructError)
	StructError.Dict["__module__"] = py.String("struct")
}

// packItem is one item of a struct format in native mode ('@'), for the codes a
// ShareableList stores: x (pad byte), ? (bool), b (signed char), q (int64), d (double) and
// s (bytes, its count being the length).
type packItem struct {
	code byte
	n    int // the count: the length of an 's' item, the repetitions of the others
}

// parseFormat parses a struct format of the codes above, with native alignment.
func parseFormat(format string) ([]packItem, int, error) {
	var items []packItem
	size := 0
	for i := 0; i < len(format); {
		n, digits := 0, false
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			n = n*10 + int(format[i]-'0')
			digits = true
			i++
		}
		if i >= len(format) {
			return nil, 0, py.ExceptionNewf(StructError, "repeat count given without format specifier")
		}
		if !digits {
			n = 1
		}
		c := format[i]
		i++
		switch c {
		case 'x', '?', 'b', 's':
		case 'q', 'd':
			size = (size + 7) &^ 7
		case ' ':
			continue
		default:
			return nil, 0, py.ExceptionNewf(StructError, "bad char in struct format")
		}
		items = append(items, packItem{c, n})
		size += n * itemWidth(c)
	}
	return items, size, nil
}

func itemWidth(c byte) int {
	if c == 'q' || c == 'd' {
		return 8
	}
	return 1
}

// valueCount is how many values a parsed format packs or unpacks.
func valueCount(items []packItem) int {
	n := 0
	for _, it := range items {
		switch it.code {
		case 'x':
		case 's':
			n++
		default:
			n += it.n
		}
	}
	return n
}

// bufferRange checks struct's offset rules for pack_into / unpack_from (verb) of size bytes
// at offset in a buffer of length l (a negative offset counts from the end) and returns the
// start.
func bufferRange(verb string, l, offset, size int) (int, error) {
	if offset < 0 {
		if offset+size > 0 {
			return 0, py.ExceptionNewf(StructError, "no space to %s %d bytes at offset %d", verb, size, offset)
		}
		if offset+l < 0 {
			return 0, py.ExceptionNewf(StructError, "offset %d out of range for %d-byte buffer", offset, l)
		}
		offset += l
	}
	if l-offset < size {
		what := "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)"
		if verb == "unpack" {
			what = "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)"
		}
		return 0, py.ExceptionNewf(StructError, what, size+offset, size, offset, l)
	}
	return offset, nil
}

// unpackFrom is struct.unpack_from(format, buf, offset).
func unpackFrom(format string, buf []byte, offset int) (py.Tuple, error) {
	items, size, err := parseFormat(format)
	if err != nil {
		return nil, err
	}
	at, err := bufferRange("unpack", len(buf), offset, size)
	if err != nil {
		return nil, err
	}
	b := buf[at : at+size]
	var out py.Tuple
	pos := 0
	for _, it := range items {
		if it.code == 'q' || it.code == 'd' {
			pos = (pos + 7) &^ 7
		}
		if it.code == 's' {
			out = append(out, py.Bytes(append([]byte{}, b[pos:pos+it.n]...)))
			pos += it.n
			continue
		}
		for k := 0; k < it.n; k++ {
			switch it.code {
			case '?':
				out = append(out, py.NewBool(b[pos] != 0))
			case 'b':
				out = append(out, py.Int(int8(b[pos])))
			case 'q':
				out = append(out, py.Int(int64(binary.NativeEndian.Uint64(b[pos:]))))
			case 'd':
				out = append(out, py.Float(math.Float64frombits(binary.NativeEndian.Uint64(b[pos:]))))
			}
			pos += itemWidth(it.code)
		}
	}
	return out, nil
}

// packInto is struct.pack_into(format, buf, offset, *values). As CPython's, it clears the
// packed area before packing the values one by one, so a value that cannot be packed leaves
// zeros behind.
func packInto(format string, buf []byte, offset int, values ...py.Object) error {
	items, size, err := parseFormat(format)
	if err != nil {
		return err
	}
	if want := valueCount(items); want != len(values) {
		return py.ExceptionNewf(StructError, "pack_into expected %d items for packing (got %d)", want, len(values))
	}
	at, err := bufferRange("pack", len(buf), offset, size)
	if err != nil {
		return err
	}
	b := buf[at : at+size]
	clear(b)
	pos, v := 0, 0
	for _, it := range items {
		if it.code == 'q' || it.code == 'd' {
			pos = (pos + 7) &^ 7
		}
		switch it.code {
		case 'x':
			pos += it.n
			continue
		case 's':
			s, ok := values[v].(py.Bytes)
			if !ok {
				return py.ExceptionNewf(StructError, "argument for 's' must be a bytes object")
			}
			copy(b[pos:pos+it.n], s)
			pos += it.n
			v++
			continue
		}
		for k := 0; k < it.n; k++ {
			if err := packOne(it.code, b[pos:], values[v]); err != nil {
				return err
			}
			pos += itemWidth(it.code)
			v++
		}
	}
	return nil
}

func packOne(code byte, b []byte, v py.Object) error {
	switch code {
	case '?':
		t, err := truth(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
	case 'b', 'q':
		var n int64
		switch x := v.(type) {
		case py.Int:
			n = int64(x)
		case *py.BigInt:
			return py.ExceptionNewf(StructError, "argument out of range")
		default:
			if _, ok := v.(py.I__index__); !ok {
				return py.ExceptionNewf(StructError, "required argument is not an integer")
			}
			i, err := py.IndexInt(v)
			if err != nil {
				return py.ExceptionNewf(StructError, "argument out of range")
			}
			n = int64(i)
		}
		if code == 'b' {
			if n < -128 || n > 127 {
				return py.ExceptionNewf(StructError, "byte format requires -128 <= number <= 127")
			}
			b[0] = byte(int8(n))
			return nil
		}
		binary.NativeEndian.PutUint64(b, uint64(n))
	case 'd':
		f, err := py.MakeFloat(v)
		if err != nil {
			return py.ExceptionNewf(StructError, "required argument is not a float")
		}
		binary.NativeEndian.PutUint64(b, math.Float64bits(float64(f.(py.Float))))
	}
	return nil
}
