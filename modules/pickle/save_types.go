package pickle

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// latin1 is the encoding name written with bytes for protocols 0-2; one Go string constant,
// so repeated uses are memoized as CPython's interned identifier is.
var latin1 = py.String("latin1")

func (p *Pickler) saveBytes(b py.Bytes) error {
	if p.proto < 3 {
		if len(b) == 0 {
			return p.saveReduce(py.Tuple{p.builtin("bytes"), py.Tuple{}}, b)
		}
		encode, err := p.codecsEncode()
		if err != nil {
			return err
		}
		return p.saveReduce(py.Tuple{encode, py.Tuple{py.String(latin1Decode(b)), latin1}}, b)
	}
	p.saveBytesData(b, true)
	p.memoPut(b)
	return nil
}

// saveBytesData writes b as bytes; shared marks data that cannot change (a bytes
// object's: see writeLargeShared).
func (p *Pickler) saveBytesData(b []byte, shared bool) {
	n := len(b)
	var h []byte
	switch {
	case n <= 0xff:
		h = []byte{opShortBinBytes, byte(n)}
	case uint64(n) <= 0xffffffff:
		h = []byte{opBinBytes, 0, 0, 0, 0}
		binary.LittleEndian.PutUint32(h[1:], uint32(n))
	default:
		h = make([]byte, 9)
		h[0] = opBinBytes8
		binary.LittleEndian.PutUint64(h[1:], uint64(n))
	}
	p.writeLargeShared(h, b, shared)
}

func latin1Decode(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

func (p *Pickler) saveStr(s string) {
	if p.proto >= 1 {
		n := len(s)
		var h []byte
		switch {
		case n <= 0xff && p.proto >= 4:
			h = []byte{opShortBinUnicode, byte(n)}
		case uint64(n) > 0xffffffff && p.proto >= 4:
			h = make([]byte, 9)
			h[0] = opBinUnicode8
			binary.LittleEndian.PutUint64(h[1:], uint64(n))
		default:
			h = []byte{opBinUnicode, 0, 0, 0, 0}
			binary.LittleEndian.PutUint32(h[1:], uint32(n))
		}
		p.writeLargeString(h, s)
	} else {
		p.writeString("V" + rawUnicodeEscape(s) + "\n")
	}
	p.memoPut(py.String(s))
}

// rawUnicodeEscape encodes s as CPython's pickler does for the UNICODE opcode: latin-1 for
// code points below 256 except backslash, NUL, \n, \r and \x1a, \uXXXX or \UXXXXXXXX otherwise.
func rawUnicodeEscape(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if len(s)-i >= 3 && s[i] == 0xed && s[i+1] >= 0xa0 && s[i+1] <= 0xbf && s[i+2] >= 0x80 && s[i+2] <= 0xbf {
			// A lone surrogate, held as its three UTF-8-shaped bytes.
			r, n = rune(0xd000|int(s[i+1]&0x3f)<<6|int(s[i+2]&0x3f)), 3
		}
		i += n
		switch {
		case r >= 0x10000:
			fmt.Fprintf(&sb, "\\U%08x", r)
		case r >= 256 || r == '\\' || r == 0 || r == '\n' || r == '\r' || r == 0x1a:
			fmt.Fprintf(&sb, "\\u%04x", r)
		default:
			sb.WriteByte(byte(r))
		}
	}
	return sb.String()
}

func bigFromInt64(v int64) *big.Int { return big.NewInt(v) }

func (p *Pickler) saveBigInt(b *py.BigInt) {
	x := (*big.Int)(b)
	if x.IsInt64() && x.Int64() >= math.MinInt32 && x.Int64() <= math.MaxInt32 {
		p.saveInt(x.Int64())
		return
	}
	if p.proto >= 2 {
		data := encodeLong(x)
		if len(data) < 256 {
			p.write(opLong1, byte(len(data)))
		} else {
			var h [5]byte
			h[0] = opLong4
			binary.LittleEndian.PutUint32(h[1:], uint32(len(data)))
			p.write(h[:]...)
		}
		p.out = append(p.out, data...)
		return
	}
	p.writeString("L" + x.String() + "L\n")
}

// encodeLong returns the minimal little-endian two's complement bytes of x (empty for 0).
func encodeLong(x *big.Int) []byte {
	if x.Sign() == 0 {
		return nil
	}
	n := x.BitLen()/8 + 1
	var v *big.Int
	if x.Sign() < 0 {
		v = new(big.Int).Lsh(big.NewInt(1), uint(8*n))
		v.Add(v, x)
	} else {
		v = x
	}
	be := v.FillBytes(make([]byte, n))
	le := make([]byte, n)
	for i := range be {
		le[n-1-i] = be[i]
	}
	if x.Sign() < 0 && n > 1 && le[n-1] == 0xff && le[n-2]&0x80 != 0 {
		le = le[:n-1]
	}
	return le
}

// decodeLong is the inverse of encodeLong.
func decodeLong(le []byte) py.Object {
	n := len(le)
	if n == 0 {
		return py.Int(0)
	}
	be := make([]byte, n)
	for i := range le {
		be[n-1-i] = le[i]
	}
	x := new(big.Int).SetBytes(be)
	if le[n-1]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	return intObject(x)
}

// intObject returns x as py.Int when it fits, else as *py.BigInt, as gpython expects.
func intObject(x *big.Int) py.Object {
	if x.IsInt64() {
		return py.Int(x.Int64())
	}
	return (*py.BigInt)(x)
}

// floatRepr formats f as Python's repr(float).
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		var r string
		switch {
		case decpt <= 0:
			r = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			r = digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			r = digits[:decpt] + "." + digits[decpt:]
		}
		return sign + r
	}
	r := digits[:1]
	if len(digits) > 1 {
		r += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	return fmt.Sprintf("%s%se%s%02d", sign, r, es, exp)
}

// saveContainer writes the exact container types; done is false for any other object.
func (p *Pickler) saveContainer(obj py.Object) (done bool, err error) {
	switch o := obj.(type) {
	case *py.List:
		return true, p.saveList(o)
	case py.Tuple:
		return true, p.saveTuple(o)
	}
	if items, ok := dictItems(obj); ok {
		return true, p.saveDict(obj, items)
	}
	if items, ok := setItems(obj); ok {
		return true, p.saveSet(obj, items)
	}
	if items, ok := frozenSetItems(obj); ok {
		return true, p.saveFrozenSet(obj, items)
	}
	switch o := obj.(type) {
	case *ByteArray:
		return true, p.saveByteArray(o, o.Data)
	case *objects.ByteArray:
		return true, p.saveByteArray(o, o.Bytes())
	case *PickleBuffer:
		return true, p.savePickleBuffer(o)
	}
	return false, nil
}

func (p *Pickler) saveDict(obj py.Object, items [][2]py.Object) error {
	if p.proto >= 1 {
		p.write(opEmptyDict)
	} else {
		p.write(opMark, opDict)
	}
	p.memoPut(obj)
	if len(items) == 0 {
		return nil
	}
	if p.proto == 0 {
		i := 0
		return p.batchSetItems(func() (py.Object, py.Object, bool, error) {
			if i >= len(items) {
				return nil, nil, false, nil
			}
			i++
			return items[i-1][0], items[i-1][1], true, nil
		})
	}
	if len(items) == 1 {
		if err := p.save(items[0][0], false); err != nil {
			return err
		}
		if err := p.save(items[0][1], false); err != nil {
			return err
		}
		p.write(opSetItem)
		return nil
	}
	return p.batchExact(len(items), opSetItems, func(i int) error {
		if err := p.save(items[i][0], false); err != nil {
			return err
		}
		return p.save(items[i][1], false)
	})
}

func (p *Pickler) saveSet(obj py.Object, items []py.Object) error {
	if p.proto < 4 {
		return p.saveReduce(py.Tuple{p.builtin("set"), py.Tuple{py.NewListFromItems(items)}}, obj)
	}
	p.write(opEmptySet)
	p.memoPut(obj)
	if len(items) == 0 {
		return nil
	}
	return p.batchExact(len(items), opAddItems, func(i int) error { return p.save(items[i], false) })
}

func (p *Pickler) saveFrozenSet(obj py.Object, items []py.Object) error {
	if p.proto < 4 {
		return p.saveReduce(py.Tuple{p.builtin("frozenset"), py.Tuple{py.NewListFromItems(items)}}, obj)
	}
	p.write(opMark)
	for _, x := range items {
		if err := p.save(x, false); err != nil {
			return err
		}
	}
	if idx, ok := p.memoGet(obj); ok {
		p.write(opPopMark)
		p.writeMemoGet(idx)
		return nil
	}
	p.write(opFrozenSet)
	p.memoPut(obj)
	return nil
}

// saveByteArray saves bytearray b holding data.
func (p *Pickler) saveByteArray(b py.Object, data []byte) error {
	if p.proto < 5 {
		args := py.Tuple{}
		if len(data) > 0 {
			args = py.Tuple{py.Bytes(append([]byte(nil), data...))}
		}
		return p.saveReduce(py.Tuple{p.builtin("bytearray"), args}, b)
	}
	p.saveByteArrayData(data)
	p.memoPut(b)
	return nil
}

func (p *Pickler) saveByteArrayData(data []byte) {
	h := make([]byte, 9)
	h[0] = opByteArray8
	binary.LittleEndian.PutUint64(h[1:], uint64(len(data)))
	p.writeLarge(h, data)
}

func (p *Pickler) savePickleBuffer(b *PickleBuffer) error {
	if p.proto < 5 {
		return py.ExceptionNewf(PicklingError, "PickleBuffer can only pickled with protocol >= 5")
	}
	if b.released {
		return py.ExceptionNewf(py.ValueError, "operation forbidden on released PickleBuffer object")
	}
	inBand := true
	if p.BufferCallback != nil && p.BufferCallback != py.None {
		r, err := py.Call(p.BufferCallback, py.Tuple{b}, nil)
		if err != nil {
			return err
		}
		t, err := py.MakeBool(r)
		if err != nil {
			return err
		}
		inBand = t == py.True
	}
	if inBand {
		if b.Readonly {
			p.saveBytesData(b.Data, false)
		} else {
			p.saveByteArrayData(b.Data)
		}
		p.memoPut(b)
		return nil
	}
	p.write(opNextBuffer)
	if b.Readonly {
		p.write(opReadonlyBuffer)
	}
	return nil
}
