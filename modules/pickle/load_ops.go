package pickle

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// dispatch runs one opcode.
func (u *Unpickler) dispatch(op byte) error {
	switch op {
	case opProto:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		if v > HighestProtocol {
			return py.ExceptionNewf(py.ValueError, "unsupported pickle protocol: %d", v)
		}
		u.proto = int(v)
	case opFrame:
		n, err := u.readUint(8)
		if err != nil {
			return err
		}
		if n > math.MaxInt64 {
			return py.ExceptionNewf(UnpicklingError, "frame size > sys.maxsize: %d", n)
		}
		return u.checkAvailable(n)
	case opMark:
		u.marks = append(u.marks, len(u.stack))
		u.fence = len(u.stack)
	case opPop:
		if len(u.marks) > 0 && u.marks[len(u.marks)-1] == len(u.stack) {
			_, err := u.marker()
			return err
		}
		_, err := u.pop()
		return err
	case opPopMark:
		m, err := u.marker()
		if err != nil {
			return err
		}
		_, err = u.popSlice(m)
		return err
	case opDup:
		x, err := u.top()
		if err != nil {
			return err
		}
		u.push(x)
	case opNone:
		u.push(py.None)
	case opNewTrue:
		u.push(py.True)
	case opNewFalse:
		u.push(py.False)
	case opInt, opLong:
		return u.loadTextInt(op)
	case opBinInt:
		v, err := u.readUint(4)
		if err != nil {
			return err
		}
		u.push(py.Int(int32(uint32(v))))
	case opBinInt1:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		u.push(py.Int(v))
	case opBinInt2:
		v, err := u.readUint(2)
		if err != nil {
			return err
		}
		u.push(py.Int(v))
	case opLong1, opLong4:
		return u.loadBinLong(op)
	case opFloat:
		line, err := u.src.readline()
		if err != nil {
			return err
		}
		f, err := parseFloat(line)
		if err != nil {
			return err
		}
		u.push(py.Float(f))
	case opBinFloat:
		b, err := u.src.read(8)
		if err != nil {
			return err
		}
		u.push(py.Float(math.Float64frombits(beUint64(b))))
	case opString, opBinString, opShortBinString:
		return u.loadString(op)
	case opUnicode, opBinUnicode, opShortBinUnicode, opBinUnicode8:
		return u.loadUnicode(op)
	case opBinBytes, opShortBinBytes, opBinBytes8, opByteArray8:
		return u.loadBytes(op)
	case opNextBuffer, opReadonlyBuffer:
		return u.loadBuffer(op)
	case opEmptyTuple:
		u.push(py.Tuple{})
	case opTuple:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		u.push(py.Tuple(items))
	case opTuple1, opTuple2, opTuple3:
		n := int(op-opTuple1) + 1
		if len(u.stack) < n {
			return u.underflow()
		}
		items, err := u.popSlice(len(u.stack) - n)
		if err != nil {
			return err
		}
		u.push(py.Tuple(items))
	case opEmptyList:
		u.push(py.NewList())
	case opList:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		u.push(py.NewListFromItems(items))
	case opEmptyDict:
		u.push(newDict())
	case opDict:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		if len(items)%2 != 0 {
			return py.ExceptionNewf(UnpicklingError, "odd number of items for DICT")
		}
		d := newDict()
		for i := 0; i < len(items); i += 2 {
			if err := dictSet(d, items[i], items[i+1]); err != nil {
				return err
			}
		}
		u.push(d)
	case opEmptySet:
		u.push(newSet())
	case opFrozenSet:
		items, err := u.popMark()
		if err != nil {
			return err
		}
		fs, err := newFrozenSet(items)
		if err != nil {
			return err
		}
		u.push(fs)
	case opAppend:
		return u.doAppend(len(u.stack) - 1)
	case opAppends:
		m, err := u.marker()
		if err != nil {
			return err
		}
		return u.doAppend(m)
	case opSetItem:
		return u.doSetItems(len(u.stack) - 2)
	case opSetItems:
		m, err := u.marker()
		if err != nil {
			return err
		}
		return u.doSetItems(m)
	case opAddItems:
		return u.loadAddItems()
	case opGet, opBinGet, opLongBinGet:
		return u.loadGet(op)
	case opPut, opBinPut, opLongBinPut, opMemoize:
		return u.loadPut(op)
	case opGlobal, opInst:
		return u.loadGlobal(op)
	case opStackGlobal:
		name, err := u.pop()
		if err != nil {
			return err
		}
		module, err := u.pop()
		if err != nil {
			return err
		}
		ms, ok1 := module.(py.String)
		ns, ok2 := name.(py.String)
		if !ok1 || !ok2 {
			return py.ExceptionNewf(UnpicklingError, "STACK_GLOBAL requires str")
		}
		x, err := u.findClass(string(ms), string(ns))
		if err != nil {
			return err
		}
		u.push(x)
	case opExt1, opExt2, opExt4:
		return u.loadExt(op)
	case opReduce:
		args, err := u.pop()
		if err != nil {
			return err
		}
		callable, err := u.pop()
		if err != nil {
			return err
		}
		t, ok := args.(py.Tuple)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "argument list must be a tuple")
		}
		x, err := callObject(callable, t, nil)
		if err != nil {
			return err
		}
		u.push(x)
	case opBuild:
		return u.loadBuild()
	case opNewObj, opNewObjEx:
		return u.loadNewObj(op)
	case opObj:
		m, err := u.marker()
		if err != nil {
			return err
		}
		args, err := u.popSlice(m + 1)
		if err != nil {
			return err
		}
		cls, err := u.pop()
		if err != nil {
			return err
		}
		x, err := instantiate(cls, args)
		if err != nil {
			return err
		}
		u.push(x)
	case opPersID, opBinPersID:
		return u.loadPersID(op)
	default:
		if op >= 0x20 && op < 0x7f {
			return py.ExceptionNewf(UnpicklingError, "invalid load key, '%c'.", op)
		}
		return py.ExceptionNewf(UnpicklingError, "invalid load key, '\\x%02x'.", op)
	}
	return nil
}

func beUint64(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// checkAvailable verifies that n more bytes exist (a FRAME's promise) without consuming them.
func (u *Unpickler) checkAvailable(n uint64) error {
	if fs, ok := u.src.(*fileSource); ok {
		return fs.prefetch(n)
	}
	bs, ok := u.src.(*byteSource)
	if !ok {
		return nil
	}
	if n > uint64(math.MaxInt64-bs.pos) {
		return py.ExceptionNewf(UnpicklingError, "read would overflow (invalid bytecode)")
	}
	if n > uint64(len(bs.data)-bs.pos) {
		return truncated()
	}
	return nil
}

// parseCInt parses like C's strtol/PyLong_FromString with base 0: optional whitespace and
// sign, 0x/0o/0b prefixes, a leading 0 meaning octal.
func parseCInt(s string) (*big.Int, bool) {
	s = strings.TrimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	base := 10
	switch {
	case len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'):
		base, s = 16, s[2:]
	case len(s) > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'):
		base, s = 8, s[2:]
	case len(s) > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'):
		base, s = 2, s[2:]
	case len(s) > 1 && s[0] == '0':
		base, s = 8, s[1:]
	}
	if s == "" || strings.ContainsAny(s, "_+-") {
		return nil, false
	}
	x, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	if neg {
		x.Neg(x)
	}
	return x, true
}

func (u *Unpickler) loadTextInt(op byte) error {
	line, err := u.src.readline()
	if err != nil {
		return err
	}
	s := string(line[:len(line)-1])
	if op == opInt {
		switch s {
		case "00":
			u.push(py.False)
			return nil
		case "01":
			u.push(py.True)
			return nil
		}
		x, ok := parseCInt(s)
		if !ok {
			return py.ExceptionNewf(py.ValueError, "could not convert string to int")
		}
		u.push(intObject(x))
		return nil
	}
	if strings.HasSuffix(s, "L") {
		s = s[:len(s)-1]
	}
	x, ok := parseCInt(s)
	if !ok {
		return py.ExceptionNewf(py.ValueError, "invalid literal for int() with base 10: %s", pyStrRepr(string(line)))
	}
	u.push(intObject(x))
	return nil
}

func (u *Unpickler) loadBinLong(op byte) error {
	var n uint64
	var err error
	if op == opLong1 {
		n, err = u.readUint(1)
	} else {
		n, err = u.readUint(4)
		if err == nil && int32(uint32(n)) < 0 {
			return py.ExceptionNewf(UnpicklingError, "LONG pickle has negative byte count")
		}
	}
	if err != nil {
		return err
	}
	b, err := u.src.read(n)
	if err != nil {
		return err
	}
	u.push(decodeLong(b))
	return nil
}

func parseFloat(line []byte) (float64, error) {
	s := string(line[:len(line)-1])
	bad := func() error {
		return py.ExceptionNewf(py.ValueError, "could not convert string to float: '%s'", string(line))
	}
	if s == "" || strings.ContainsAny(s, "_ \t") || strings.HasPrefix(strings.TrimLeft(s, "+-"), "0x") {
		return 0, bad()
	}
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "inf", "infinity", "nan":
	default:
		if strings.ContainsAny(strings.ToLower(s), "abcdfghijklmnopqrstuvwxyz") {
			return 0, bad()
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			if math.IsInf(f, 0) {
				return 0, py.ExceptionNewf(py.OverflowError, "could not convert string to float: '%s'", string(line))
			}
			return f, nil
		}
		return 0, bad()
	}
	return f, nil
}
