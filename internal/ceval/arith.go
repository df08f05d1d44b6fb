package ceval

import (
	"math/big"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// binaryOps marks the opcodes that pop two operands and push one result.
var binaryOps [256]bool

// binaryFuncs are the generic operations of those opcodes (gpython's, as its loop calls
// them: %= is py.Mod, not an in-place modulo).
var binaryFuncs [256]func(a, b py.Object) (py.Object, error)

func init() {
	for op, fn := range map[vm.OpCode]func(a, b py.Object) (py.Object, error){
		vm.BINARY_POWER:         func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) },
		vm.BINARY_MULTIPLY:      py.Mul,
		vm.BINARY_FLOOR_DIVIDE:  py.FloorDiv,
		vm.BINARY_TRUE_DIVIDE:   py.TrueDiv,
		vm.BINARY_MODULO:        py.Mod,
		vm.BINARY_ADD:           py.Add,
		vm.BINARY_SUBTRACT:      py.Sub,
		vm.BINARY_SUBSCR:        py.GetItem,
		vm.BINARY_LSHIFT:        py.Lshift,
		vm.BINARY_RSHIFT:        py.Rshift,
		vm.BINARY_AND:           py.And,
		vm.BINARY_XOR:           py.Xor,
		vm.BINARY_OR:            py.Or,
		vm.INPLACE_POWER:        func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) },
		vm.INPLACE_MULTIPLY:     py.IMul,
		vm.INPLACE_FLOOR_DIVIDE: py.IFloorDiv,
		vm.INPLACE_TRUE_DIVIDE:  py.ITrueDiv,
		vm.INPLACE_MODULO:       py.Mod,
		vm.INPLACE_ADD:          py.IAdd,
		vm.INPLACE_SUBTRACT:     py.ISub,
		vm.INPLACE_LSHIFT:       py.ILshift,
		vm.INPLACE_RSHIFT:       py.IRshift,
		vm.INPLACE_AND:          py.IAnd,
		vm.INPLACE_XOR:          py.IXor,
		vm.INPLACE_OR:           py.IOr,
	} {
		binaryOps[op] = true
		binaryFuncs[op] = fn
	}
}

// binary applies the generic operation of op.
func binary(op vm.OpCode, a, b py.Object) (py.Object, error) {
	return binaryFuncs[op](a, b)
}

// binaryFast computes op on the two operands on top of the stack when arith can; it
// pops the right operand only when it succeeds.
func (m *machine) binaryFast(op vm.OpCode) (py.Object, bool) {
	s := m.f.Stack
	n := len(s)
	r, ok := arith(op, s[n-2], s[n-1])
	if ok {
		m.f.Stack = s[:n-1]
	}
	return r, ok
}

// arith computes a <op> b when both are ints or both floats and the result is the one
// gpython's methods give without leaving the type (no division by zero, no overflow but
// that of an int subtraction); ok is false when the generic path must decide.
func arith(op vm.OpCode, a, b py.Object) (py.Object, bool) {
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return intOp(op, x, y)
		}
	case py.Float:
		if y, ok := b.(py.Float); ok {
			return floatOp(op, x, y)
		}
	}
	return nil, false
}

// floatOp is op on two floats, false when the generic path must decide.
func floatOp(op vm.OpCode, a, b py.Float) (py.Object, bool) {
	switch op {
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		return a + b, true
	case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
		return a - b, true
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		return a * b, true
	case vm.BINARY_TRUE_DIVIDE, vm.INPLACE_TRUE_DIVIDE:
		if b != 0 {
			return a / b, true
		}
	}
	return nil, false
}

// compareFast is an ordering or equality comparison (a COMPARE_OP argument) of two ints
// or two floats (not NaN); ok is false for other operands.
func compareFast(cmp int32, a, b py.Object) (py.Object, bool) {
	if cmp > vm.PyCmp_GE {
		return nil, false
	}
	switch x := a.(type) {
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return py.NewBool(ordered(cmp, x, y)), true
		}
	case py.Float:
		if y, ok := b.(py.Float); ok && x == x && y == y {
			return py.NewBool(ordered(cmp, x, y)), true
		}
	}
	return nil, false
}

// intOp is op on two ints, false when the generic path must decide.
func intOp(op vm.OpCode, a, b py.Int) (py.Object, bool) {
	switch op {
	case vm.BINARY_ADD, vm.INPLACE_ADD:
		r := a + b
		if (r > a) != (b > 0) {
			return nil, false
		}
		return r, true
	case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
		r := a - b
		if (r < a) != (b > 0) {
			// gpython's int subtraction misses this overflow (and wraps around)
			return (*py.BigInt)(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b)))), true
		}
		return r, true
	case vm.BINARY_MULTIPLY, vm.INPLACE_MULTIPLY:
		const lim = 1 << 31
		if a > -lim && a < lim && b > -lim && b < lim {
			return a * b, true
		}
	case vm.BINARY_MODULO, vm.INPLACE_MODULO:
		if b > 0 {
			r := a % b
			if r < 0 {
				r += b
			}
			return r, true
		}
	case vm.BINARY_FLOOR_DIVIDE, vm.INPLACE_FLOOR_DIVIDE:
		if b > 0 {
			q := a / b
			if (a%b != 0) && a < 0 {
				q--
			}
			return q, true
		}
	case vm.BINARY_AND, vm.INPLACE_AND:
		return a & b, true
	case vm.BINARY_OR, vm.INPLACE_OR:
		return a | b, true
	case vm.BINARY_XOR, vm.INPLACE_XOR:
		return a ^ b, true
	case vm.BINARY_TRUE_DIVIDE, vm.INPLACE_TRUE_DIVIDE:
		const exact = 1 << 53
		if b != 0 && a > -exact && a < exact && b > -exact && b < exact {
			return py.Float(float64(a) / float64(b)), true
		}
	}
	return nil, false
}

// compare carries out COMPARE_OP.
func (m *machine) compare(arg int32) error {
	b := m.pop()
	a := m.top()
	if r, ok := compareFast(arg, a, b); ok {
		m.setTop(r)
		return nil
	}
	var r py.Object
	var err error
	switch arg {
	case vm.PyCmp_LT, vm.PyCmp_LE, vm.PyCmp_EQ, vm.PyCmp_NE, vm.PyCmp_GT, vm.PyCmp_GE:
		r, err = richCompare[arg](a, b)
	case vm.PyCmp_IN, vm.PyCmp_NOT_IN:
		var in bool
		in, err = py.SequenceContains(b, a)
		r = py.NewBool(in == (arg == vm.PyCmp_IN))
	case vm.PyCmp_IS:
		r = py.NewBool(a == b)
	case vm.PyCmp_IS_NOT:
		r = py.NewBool(a != b)
	case vm.PyCmp_EXC_MATCH:
		if err := catchable(b); err != nil {
			return err
		}
		r = py.NewBool(py.ExceptionGivenMatches(a, b))
	default:
		return py.ExceptionNewf(py.SystemError, "unknown COMPARE_OP %d", arg)
	}
	if err != nil {
		return err
	}
	m.setTop(r)
	return nil
}

// richCompare are gpython's comparisons, by COMPARE_OP argument.
var richCompare = [...]func(a, b py.Object) (py.Object, error){
	vm.PyCmp_LT: py.Lt, vm.PyCmp_LE: py.Le, vm.PyCmp_EQ: py.Eq,
	vm.PyCmp_NE: py.Ne, vm.PyCmp_GT: py.Gt, vm.PyCmp_GE: py.Ge,
}

// ordered is an ordering or equality comparison of two numbers.
func ordered[T py.Int | py.Float](arg int32, x, y T) bool {
	switch arg {
	case vm.PyCmp_LT:
		return x < y
	case vm.PyCmp_LE:
		return x <= y
	case vm.PyCmp_EQ:
		return x == y
	case vm.PyCmp_NE:
		return x != y
	case vm.PyCmp_GT:
		return x > y
	}
	return x >= y
}

// catchable checks what an except clause names: an exception class or a tuple of them.
func catchable(b py.Object) error {
	classes := py.Tuple{b}
	if t, ok := b.(py.Tuple); ok {
		classes = t
	}
	for _, c := range classes {
		if !py.ExceptionClassCheck(c) {
			return py.ExceptionNewf(py.TypeError, "catching '%s' that does not inherit from BaseException is not allowed", c.Type().Name)
		}
	}
	return nil
}
