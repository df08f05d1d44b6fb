package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
)

// source is where marshal data is read from: exactly n bytes, or CPython's EOFError.
type source interface {
	read(n int) ([]byte, error)
	// readByte returns the next byte, or false at the end of the data.
	readByte() (byte, bool, error)
	// left is a bound on the bytes still to come (for a file: unknown, -1).
	left() int
}

// byteSource reads from a bytes object.
type byteSource struct {
	data []byte
	pos  int
}

func (s *byteSource) read(n int) ([]byte, error) {
	if n > len(s.data)-s.pos {
		return nil, py.ExceptionNewf(py.EOFError, "marshal data too short")
	}
	b := s.data[s.pos : s.pos+n]
	s.pos += n
	return b, nil
}

func (s *byteSource) readByte() (byte, bool, error) {
	if s.pos >= len(s.data) {
		return 0, false, nil
	}
	s.pos++
	return s.data[s.pos-1], true, nil
}

func (s *byteSource) left() int { return len(s.data) - s.pos }

// reader decodes marshal data (CPython's r_object).
type reader struct {
	src   source
	depth int
	refs  []py.Object // nil marks a slot reserved for an object still being read
	// inCode is set while the constants of a code object are read.
	inCode bool
}

func badData(what string) error {
	return py.ExceptionNewf(py.ValueError, "bad marshal data (%s)", what)
}

func (r *reader) int32() (int32, error) {
	b, err := r.src.read(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// size reads the length of a str, bytes or container. A container longer than the data
// left cannot be complete (each item takes a byte at least): its first missing item is
// CPython's EOFError, given before anything is allocated.
func (r *reader) size(what string, container bool) (int, error) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, badData(what + " size out of range")
	}
	if container {
		if l := r.src.left(); l >= 0 && int(n) > l {
			return 0, py.ExceptionNewf(py.EOFError, "EOF read where object expected")
		}
	}
	return int(n), nil
}

// length reads a length of one byte (the short forms of version 4) or a size.
func (r *reader) length(short bool, what string, container bool) (int, error) {
	if !short {
		return r.size(what, container)
	}
	c, ok, err := r.src.readByte()
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.ExceptionNewf(py.EOFError, "marshal data too short")
	}
	return int(c), nil
}

// reserve takes the next reference number when flag is set, for an object read later.
func (r *reader) reserve(flag bool) int {
	if !flag {
		return -1
	}
	r.refs = append(r.refs, nil)
	return len(r.refs) - 1
}

// keep records obj under the reference number reserve gave (nothing for -1).
func (r *reader) keep(idx int, obj py.Object) py.Object {
	if idx >= 0 {
		r.refs[idx] = obj
	}
	return obj
}

// object reads one value.
func (r *reader) object() (py.Object, error) {
	v, err := r.any()
	if err == nil && v == nil {
		err = py.ExceptionNewf(py.TypeError, "NULL object in marshal data for object")
	}
	return v, err
}

// any reads one value, nil for the null marker (the end of a dict).
func (r *reader) any() (py.Object, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxDepth {
		return nil, py.ExceptionNewf(py.ValueError, "recursion limit exceeded")
	}
	code, ok, err := r.src.readByte()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.ExceptionNewf(py.EOFError, "EOF read where object expected")
	}
	flag := code&flagRef != 0
	switch code &^ flagRef {
	case typeNull:
		return nil, nil
	case typeNone:
		return py.None, nil
	case typeTrue:
		return py.True, nil
	case typeFalse:
		return py.False, nil
	case typeEllipsis:
		return py.Ellipsis, nil
	case typeStopIter:
		return py.StopIteration, nil
	case typeInt:
		idx := r.reserve(flag)
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		return r.keep(idx, py.Int(n)), nil
	case typeInt64:
		idx := r.reserve(flag)
		b, err := r.src.read(8)
		if err != nil {
			return nil, err
		}
		return r.keep(idx, py.Int(int64(binary.LittleEndian.Uint64(b)))), nil
	case typeLong:
		idx := r.reserve(flag)
		v, err := r.long()
		return r.keep(idx, v), err
	case typeFloat, typeBinaryFloat:
		idx := r.reserve(flag)
		f, err := r.float(code&^flagRef == typeBinaryFloat)
		return r.keep(idx, py.Float(f)), err
	case typeComplex, typeBinaryComplex:
		idx := r.reserve(flag)
		binaryForm := code&^flagRef == typeBinaryComplex
		re, err := r.float(binaryForm)
		if err != nil {
			return nil, err
		}
		im, err := r.float(binaryForm)
		return r.keep(idx, py.Complex(complex(re, im))), err
	case typeString:
		idx := r.reserve(flag)
		n, err := r.size("bytes object", false)
		if err != nil {
			return nil, err
		}
		b, err := r.src.read(n)
		if err != nil {
			return nil, err
		}
		return r.keep(idx, py.Bytes(append([]byte(nil), b...))), nil
	case typeUnicode, typeInterned, typeASCII, typeASCIIInterned, typeShortASCII, typeShortASCIIInterned:
		idx := r.reserve(flag)
		s, err := r.str(code &^ flagRef)
		return r.keep(idx, s), err
	case typeTuple, typeSmallTuple:
		return r.tuple(code&^flagRef == typeSmallTuple, flag)
	case typeList:
		n, err := r.size("list", true)
		if err != nil {
			return nil, err
		}
		l := &py.List{Items: make([]py.Object, 0, min(n, 1<<16))}
		r.keep(r.reserve(flag), l)
		for i := 0; i < n; i++ {
			x, err := r.object()
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, x)
		}
		return l, nil
	case typeDict:
		d := objects.NewDict()
		r.keep(r.reserve(flag), d)
		for {
			k, err := r.any()
			if err != nil || k == nil {
				return d, err
			}
			v, err := r.any()
			if err != nil || v == nil {
				return d, err
			}
			if err := d.SetItem(k, v); err != nil {
				return nil, err
			}
		}
	case typeSet, typeFrozenSet:
		return r.set(code&^flagRef == typeFrozenSet, flag)
	case typeRef:
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		if n < 0 || int(n) >= len(r.refs) || r.refs[n] == nil {
			return nil, badData("invalid reference")
		}
		return r.refs[n], nil
	case typeGopyCode:
		idx := r.reserve(flag)
		c, err := r.code()
		if err != nil {
			return nil, err
		}
		return r.keep(idx, c), nil
	case typeGopyConst:
		if r.inCode {
			return r.namedConst()
		}
	}
	return nil, badData("unknown type code")
}

// long reads an int written in base 2**15 digits.
func (r *reader) long() (py.Object, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	if n == math.MinInt32 {
		return nil, badData("long size out of range")
	}
	count := int(n)
	if count < 0 {
		count = -count
	}
	b, err := r.src.read(2 * count)
	if err != nil {
		return nil, err
	}
	x := new(big.Int)
	for i := count - 1; i >= 0; i-- {
		d := binary.LittleEndian.Uint16(b[2*i:])
		if d >= 1<<15 {
			return nil, badData("digit out of range in long")
		}
		if i == count-1 && d == 0 {
			return nil, badData("unnormalized long data")
		}
		x.Lsh(x, 15)
		x.Or(x, big.NewInt(int64(d)))
	}
	if n < 0 {
		x.Neg(x)
	}
	if x.IsInt64() {
		return py.Int(x.Int64()), nil
	}
	return (*py.BigInt)(x), nil
}

// float reads a float in binary or as text after a one-byte length.
func (r *reader) float(binaryForm bool) (float64, error) {
	if binaryForm {
		b, err := r.src.read(8)
		if err != nil {
			return 0, err
		}
		return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
	}
	n, ok, err := r.src.readByte()
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, py.ExceptionNewf(py.EOFError, "EOF read where object expected")
	}
	b, err := r.src.read(int(n))
	if err != nil {
		return 0, err
	}
	f, perr := strconv.ParseFloat(string(b), 64)
	if perr != nil {
		switch string(b) {
		case "inf", "+inf":
			return math.Inf(1), nil
		case "-inf":
			return math.Inf(-1), nil
		case "nan", "+nan", "-nan":
			return math.NaN(), nil
		}
		return 0, py.ExceptionNewf(py.ValueError, "could not convert string to float: '%s'", b)
	}
	return f, nil
}

// str reads a str of any of the string type codes: the ASCII ones as Latin-1 (as CPython
// reads their bytes), the others as UTF-8.
func (r *reader) str(code byte) (py.Object, error) {
	n, err := r.length(code == typeShortASCII || code == typeShortASCIIInterned, "string", false)
	if err != nil {
		return nil, err
	}
	b, err := r.src.read(n)
	if err != nil {
		return nil, err
	}
	enc, errs := "utf-8", "surrogatepass" // as CPython's marshal, which writes lone surrogates
	utf := code == typeUnicode || code == typeInterned
	if !utf {
		enc, errs = "latin-1", "strict"
	}
	var s string
	if (utf && utf8.Valid(b)) || isASCII(string(b)) {
		s = string(b) // what decoding gives (valid UTF-8 holds no surrogates)
	} else if s, err = objects.Decode(b, enc, errs); err != nil {
		return nil, err
	}
	if r.inCode {
		// The str constants of code are interned, as the compiler's.
		s = compiler.Intern(s)
	}
	return py.String(s), nil
}

func (r *reader) tuple(small, flag bool) (py.Object, error) {
	n, err := r.length(small, "tuple", true)
	if err != nil {
		return nil, err
	}
	// The tuple's reference number comes before its items' (CPython numbers it first); it
	// is referable once complete.
	idx := r.reserve(flag)
	t := make(py.Tuple, 0, min(n, 1<<16))
	for i := 0; i < n; i++ {
		x, err := r.object()
		if err != nil {
			return nil, err
		}
		t = append(t, x)
	}
	return r.keep(idx, t), nil
}

// set reads a set, or a frozenset (whose reference number is reserved until it is made,
// as CPython's).
func (r *reader) set(frozen, flag bool) (py.Object, error) {
	n, err := r.size("set", true)
	if err != nil {
		return nil, err
	}
	idx := r.reserve(flag)
	var s *objects.Set
	if !frozen {
		s = objects.NewSet()
		r.keep(idx, s)
	}
	items := make([]py.Object, 0, min(n, 1<<16))
	for i := 0; i < n; i++ {
		x, err := r.object()
		if err != nil {
			return nil, err
		}
		if s != nil {
			if err := s.Add(x); err != nil {
				return nil, err
			}
		} else {
			items = append(items, x)
		}
	}
	if s != nil {
		return s, nil
	}
	f, err := objects.NewFrozenSet(items)
	if err != nil {
		return nil, err
	}
	return r.keep(idx, f), nil
}
