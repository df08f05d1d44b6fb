package pickle

import (
	"math"

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
			return py.ExceptionNewf(py.OverflowError, "FRAME length exceeds system's maximum of %d bytes", int64(math.MaxInt64))
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
		return u.loadTextFloat()
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
		if op >= 0x20 && op < 0x7f && op != '\'' && op != '\\' {
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
