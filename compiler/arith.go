package compiler

import (
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/libm"
	"github.com/gopyrt/gopy/internal/memlimit"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// gpython v0.2.0's arithmetic opcodes are wrong in three ways that CPython programs meet:
//   - bool has no arithmetic of its own, so True + True, -True, ~True, True / 2 and
//     True & True raise TypeError (an int with a bool works: the int converts it);
//   - dividing by zero gives the wrong ZeroDivisionError message ("division by zero" for
//     int // 0 and int % 0), or no error at all: 1.0 // 0 and 0 ** -1 return inf;
//   - bytes * int and a sequence times an object with __index__ are TypeErrors.
// Binary and Unary compute what CPython does. The compiler routes an operation through
// them (helperBinary, helperUnary) only where the kinds of its operands (scalars.go) do
// not prove the opcode right: see arithRouted and unaryRouted.

// numberOf returns x as an int or float, a bool as an int; ok is false for other types.
func numberOf(x py.Object) (py.Object, bool) {
	switch v := x.(type) {
	case py.Bool:
		if v {
			return py.Int(1), true
		}
		return py.Int(0), true
	case py.Int, *py.BigInt, py.Float:
		return x, true
	}
	return x, false
}

// sign is -1, 0 or 1 as x (an int or float) is negative, zero or positive.
func sign(x py.Object) int {
	switch v := x.(type) {
	case py.Int:
		switch {
		case v < 0:
			return -1
		case v > 0:
			return 1
		}
	case *py.BigInt:
		return (*big.Int)(v).Sign()
	case py.Float:
		switch {
		case v < 0:
			return -1
		case v > 0 || v != v: // a NaN divides without error, as a nonzero would
			return 1
		}
	}
	return 0
}

// zeroDivision returns CPython's ZeroDivisionError for a <op> b on numbers, or nil.
func zeroDivision(op ast.Operator, a, b py.Object) error {
	_, af := a.(py.Float)
	_, bf := b.(py.Float)
	float := af || bf
	msg := ""
	switch op {
	case ast.Div:
		if sign(b) == 0 {
			msg = "division by zero"
			if float {
				msg = "float division by zero"
			}
		}
	case ast.FloorDiv:
		if sign(b) == 0 {
			msg = "integer division or modulo by zero"
			if float {
				msg = "float floor division by zero"
			}
		}
	case ast.Mod:
		if sign(b) == 0 {
			msg = "integer modulo by zero"
			if float {
				msg = "float modulo"
			}
		}
	case ast.Pow:
		if sign(a) == 0 && sign(b) < 0 {
			msg = "0.0 cannot be raised to a negative power"
		}
	}
	if msg == "" {
		return nil
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "%s", msg)
}

// binaryFuncs are gpython's operations, by operator.
var binaryFuncs = map[ast.Operator]func(a, b py.Object) (py.Object, error){
	ast.Add: py.Add, ast.Sub: py.Sub, ast.Mult: py.Mul, ast.Div: py.TrueDiv,
	ast.FloorDiv: py.FloorDiv, ast.Mod: py.Mod, ast.LShift: py.Lshift, ast.RShift: py.Rshift,
	ast.BitAnd: py.And, ast.BitOr: py.Or, ast.BitXor: py.Xor,
	ast.Pow:     func(a, b py.Object) (py.Object, error) { return py.Pow(a, b, py.None) },
	ast.MatMult: func(a, b py.Object) (py.Object, error) { return matmul(a, b, false) },
}

// inplaceFuncs are gpython's in-place operations, by operator.
var inplaceFuncs = map[ast.Operator]func(a, b py.Object) (py.Object, error){
	ast.Add: py.IAdd, ast.Sub: py.ISub, ast.Mult: py.IMul, ast.Div: py.ITrueDiv,
	ast.FloorDiv: py.IFloorDiv, ast.Mod: py.IMod, ast.LShift: py.ILshift, ast.RShift: py.IRshift,
	ast.BitAnd: py.IAnd, ast.BitOr: py.IOr, ast.BitXor: py.IXor,
	ast.Pow: func(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) },
}

// numbers computes a <op> b when both are numbers (ints, floats or bools); ok is false
// otherwise.
func numbers(op ast.Operator, a, b py.Object) (res py.Object, ok bool, err error) {
	if res, ok, err := complexBinary(op, a, b); ok {
		return res, ok, err
	}
	x, aok := numberOf(a)
	y, bok := numberOf(b)
	if !aok || !bok {
		return nil, false, nil
	}
	if p, ok := a.(py.Bool); ok {
		if q, ok := b.(py.Bool); ok {
			switch op {
			case ast.BitAnd:
				return py.NewBool(bool(p && q)), true, nil
			case ast.BitOr:
				return py.NewBool(bool(p || q)), true, nil
			case ast.BitXor:
				return py.NewBool(p != q), true, nil
			}
		}
	}
	if err := zeroDivision(op, x, y); err != nil {
		return nil, true, err
	}
	if op == ast.Pow {
		if res, ok, err := powNumbers(x, y); ok {
			return res, true, err
		}
	}
	if op == ast.Div {
		if res, ok, err := intTrueDiv(x, y); ok {
			return res, true, err
		}
	}
	res, err = binaryFuncs[op](x, y)
	return res, true, err
}

// intTrueDiv computes a / b for ints as CPython does, correctly rounded: gpython converts
// both to floats first, which rounds twice and fails for ints beyond a float's range
// even when their quotient is within it.
func intTrueDiv(a, b py.Object) (py.Object, bool, error) {
	x, ok1 := intBig(a)
	y, ok2 := intBig(b)
	if !ok1 || !ok2 {
		return nil, false, nil
	}
	const exact = 1 << 53
	if x.IsInt64() && y.IsInt64() {
		p, q := x.Int64(), y.Int64()
		if -exact <= p && p <= exact && -exact <= q && q <= exact {
			return py.Float(float64(p) / float64(q)), true, nil
		}
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, true, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), true, nil
}

// intBig is the value of an int (not a float) as a big.Int.
func intBig(x py.Object) (*big.Int, bool) {
	switch v := x.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case *py.BigInt:
		return (*big.Int)(v), true
	}
	return nil, false
}

// reflectedNames are the reflected methods of the operators: b.__radd__(a) for a + b.
var reflectedNames = map[ast.Operator]string{
	ast.Add: "__radd__", ast.Sub: "__rsub__", ast.Mult: "__rmul__", ast.Div: "__rtruediv__",
	ast.FloorDiv: "__rfloordiv__", ast.Mod: "__rmod__", ast.Pow: "__rpow__", ast.LShift: "__rlshift__",
	ast.RShift: "__rrshift__", ast.BitAnd: "__rand__", ast.BitOr: "__ror__", ast.BitXor: "__rxor__",
}

// reflected computes a <op> b for a builtin number a and an object b of another type
// through b's reflected method: CPython's int, float and complex give NotImplemented for
// such a b, while gpython's convert it to a float (3 / Fraction(3, 4) was 4.0) or fail.
func reflected(op ast.Operator, a, b py.Object) (py.Object, bool, error) {
	if _, isNum := toComplex(a); !isNum {
		return nil, false, nil
	}
	if _, isNum := toComplex(b); isNum {
		return nil, false, nil
	}
	switch b.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
		return nil, false, nil
	}
	m, err := py.GetAttrString(b, reflectedNames[op])
	if err != nil {
		return nil, false, nil
	}
	res, err := py.Call(m, py.Tuple{a}, nil)
	if err != nil || res != py.NotImplemented {
		return res, true, err
	}
	return nil, false, nil
}

// Binary computes a <op> b as CPython does (see above).
func Binary(op ast.Operator, a, b py.Object) (py.Object, error) {
	res, err := binaryOp(op, a, b)
	if err != nil {
		err = operandError(op, false, a, b, err)
	}
	return res, err
}

func binaryOp(op ast.Operator, a, b py.Object) (py.Object, error) {
	if op == ast.MatMult {
		return matmul(a, b, false)
	}
	if res, ok, err := numbers(op, a, b); ok {
		return res, err
	}
	if res, ok, err := reflected(op, a, b); ok {
		return res, err
	}
	if res, ok, err := metaclassBinary(op, a, b); ok {
		return res, err
	}
	if op == ast.BitOr && UnionOr != nil {
		if res, ok, err := UnionOr(a, b); ok {
			return res, err
		}
	}
	switch op {
	case ast.Mod:
		return RT.Mod(a, b)
	case ast.Add:
		return Add(a, b)
	case ast.Mult:
		if res, ok, err := repeat(a, b); ok {
			return res, err
		}
	}
	return binaryFuncs[op](a, b)
}

// Inplace computes a <op>= b: numbers as Binary, other objects in place where they can be.
func Inplace(op ast.Operator, a, b py.Object) (py.Object, error) {
	res, err := inplaceOp(op, a, b)
	if err != nil {
		err = operandError(op, true, a, b, err)
	}
	return res, err
}

func inplaceOp(op ast.Operator, a, b py.Object) (py.Object, error) {
	if op == ast.MatMult {
		return matmul(a, b, true)
	}
	if res, ok, err := numbers(op, a, b); ok {
		return res, err
	}
	if res, ok, err := reflected(op, a, b); ok {
		return res, err
	}
	if res, ok, err := metaclassInplace(op, a, b); ok {
		return res, err
	}
	switch op {
	case ast.Mod:
		return RT.Mod(a, b)
	case ast.Add:
		return IAdd(a, b)
	case ast.Mult:
		if _, ok := a.(*py.List); ok {
			if _, isInt := b.(py.Int); !isInt {
				if n, ok, err := indexOf(b); err != nil {
					return nil, err
				} else if ok {
					b = py.Int(n)
				}
			}
			return IMul(a, b)
		}
		if !isSequence(a) && hasSequenceMethods(a) {
			break // CPython repeats a sequence on the right only after a non-container
		}
		if res, ok, err := repeat(a, b); ok {
			return res, err
		}
	}
	return inplaceFuncs[op](a, b)
}

// hasSequenceMethods reports whether x's CPython type has sequence slots (a container or
// an instance of a Python class): after its in-place multiplication fails, CPython's "*="
// repeats a sequence on the right only when the left operand's type has none.
func hasSequenceMethods(x py.Object) bool {
	switch x.(type) {
	case py.I__getattribute__, py.I__len__, py.I__contains__, py.I__getitem__:
		return true
	}
	return false
}

// isSequence reports whether x is a str, bytes, tuple or list, which "*" repeats.
func isSequence(x py.Object) bool {
	switch x.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
		return true
	}
	return false
}

// repeat computes seq * n or n * seq for bytes (which gpython cannot repeat) and for an n
// that is not an int but has __index__; ok is false when neither operand is such a pair.
func repeat(a, b py.Object) (py.Object, bool, error) {
	seq, n := a, b
	if !isSequence(seq) {
		seq, n = b, a
		if !isSequence(seq) {
			return nil, false, nil
		}
	}
	count, ok, err := indexOf(n)
	if err != nil {
		return nil, true, err
	}
	if !ok {
		res, err := py.Mul(a, b)
		if err != nil && isUnsupported(err, "*") {
			err = py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
		}
		return res, true, err
	}
	if count < 0 {
		count = 0
	}
	switch s := seq.(type) {
	case py.Bytes:
		if err := memlimit.Check(count, len(s)); err != nil {
			return nil, true, err
		}
		return py.Bytes(strings.Repeat(string(s), count)), true, nil
	case py.String:
		if err := memlimit.Check(count, len(s)); err != nil {
			return nil, true, err
		}
		return py.String(strings.Repeat(string(s), count)), true, nil
	case py.Tuple:
		if err := memlimit.Check(count, len(s)*pointerPairSize); err != nil {
			return nil, true, err
		}
		return py.Tuple(repeatItems(s, count)), true, nil
	case *py.List:
		if err := memlimit.Check(count, len(s.Items)*pointerPairSize); err != nil {
			return nil, true, err
		}
		return py.NewListFromItems(repeatItems(s.Items, count)), true, nil
	}
	res, err := py.Mul(seq, py.Int(count))
	return res, true, err
}

// pointerPairSize is the size of one item of a list or tuple (an interface value).
const pointerPairSize = 16

// repeatItems is items repeated count times, count * len(items) within memlimit.
func repeatItems(items []py.Object, count int) []py.Object {
	if len(items) == 0 || count == 0 {
		return []py.Object{}
	}
	out := make([]py.Object, len(items)*count)
	for i := 0; i < len(out); i += len(items) {
		copy(out[i:], items)
	}
	return out
}

// indexOf is operator.index(n) for a repeat count: ok is false when n is no int and has
// no __index__. A big int saturates (CPython raises OverflowError, or repeats nothing).
func indexOf(n py.Object) (count int, ok bool, err error) {
	switch v := n.(type) {
	case py.Int:
		return int(v), true, nil
	case py.Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *py.BigInt:
		if (*big.Int)(v).Sign() <= 0 {
			return 0, true, nil
		}
		return 0, true, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	case py.Float:
		return 0, false, nil
	}
	if n.Type().Lookup("__index__") == nil {
		return 0, false, nil
	}
	i, err := py.Index(n)
	return int(i), err == nil, err
}

// Unary computes <op> a, op one of -, + and ~, with a bool as the int it is.
func Unary(op ast.UnaryOpKind, a py.Object) (py.Object, error) {
	x, _ := numberOf(a)
	var res py.Object
	var err error
	sym := "-"
	switch op {
	case ast.USub:
		res, err = py.Neg(x)
	case ast.UAdd:
		res, err = py.Pos(x)
		sym = "+"
	case ast.Invert:
		res, err = py.Invert(x)
		sym = "~"
	default:
		return py.Not(x)
	}
	if err != nil && isUnsupported(err, sym) {
		err = py.ExceptionNewf(py.TypeError, "bad operand type for unary %s: '%s'", sym, a.Type().Name)
	}
	return res, err
}

// Divmod computes divmod(a, b) with CPython's ZeroDivisionError messages and bools as ints.
func Divmod(a, b py.Object) (py.Object, error) {
	if _, _, err := complexBinary(ast.FloorDiv, a, b); err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	x, aok := numberOf(a)
	y, bok := numberOf(b)
	if aok && bok && sign(y) == 0 {
		_, af := x.(py.Float)
		_, bf := y.(py.Float)
		if af || bf {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
		}
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q, r, err := py.DivMod(x, y)
	if isUnsupported(err, "divmod") {
		err = py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	return py.Tuple{q, r}, nil
}

// Abs computes abs(a), a bool as the int it is.
func Abs(a py.Object) (py.Object, error) {
	if c, ok := a.(py.Complex); ok {
		r := libm.Hypot(real(c), imag(c))
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "absolute value too large")
		}
		return py.Float(r), nil
	}
	x, _ := numberOf(a)
	return py.Abs(x)
}

// binaryHelpers and inplaceHelpers call Binary and Inplace, one helper per operator.
var binaryHelpers, inplaceHelpers = map[ast.Operator]*helper{}, map[ast.Operator]*helper{}

// binaryOpcodes and inplaceOpcodes are the VM's opcodes whose results on two ints or two
// floats are Binary's and Inplace's (helper.op).
var (
	binaryOpcodes = map[ast.Operator]vm.OpCode{
		ast.Add: vm.BINARY_ADD, ast.Sub: vm.BINARY_SUBTRACT, ast.Mult: vm.BINARY_MULTIPLY,
		ast.Div: vm.BINARY_TRUE_DIVIDE, ast.FloorDiv: vm.BINARY_FLOOR_DIVIDE, ast.Mod: vm.BINARY_MODULO,
		ast.BitAnd: vm.BINARY_AND, ast.BitOr: vm.BINARY_OR, ast.BitXor: vm.BINARY_XOR,
	}
	inplaceOpcodes = map[ast.Operator]vm.OpCode{
		ast.Add: vm.INPLACE_ADD, ast.Sub: vm.INPLACE_SUBTRACT, ast.Mult: vm.INPLACE_MULTIPLY,
		ast.Div: vm.INPLACE_TRUE_DIVIDE, ast.FloorDiv: vm.INPLACE_FLOOR_DIVIDE, ast.Mod: vm.INPLACE_MODULO,
		ast.BitAnd: vm.INPLACE_AND, ast.BitOr: vm.INPLACE_OR, ast.BitXor: vm.INPLACE_XOR,
	}
)

// unaryHelpers call Unary, one helper per operator.
var unaryHelpers = map[ast.UnaryOpKind]*helper{}

func init() {
	for op := range binaryFuncs {
		op := op
		binaryHelpers[op] = newHelper("<binary op>", func(args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.SystemError, "binary op: bad arguments")
			}
			return Binary(op, args[0], args[1])
		}).withOp(binaryOpcodes[op], 0)
		inplaceHelpers[op] = newHelper("<inplace op>", func(args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.SystemError, "inplace op: bad arguments")
			}
			return Inplace(op, args[0], args[1])
		}).withOp(inplaceOpcodes[op], 0)
	}
	for _, op := range []ast.UnaryOpKind{ast.USub, ast.UAdd, ast.Invert} {
		op := op
		unaryHelpers[op] = newHelper("<unary op>", func(args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.SystemError, "unary op: bad arguments")
			}
			return Unary(op, args[0])
		})
	}
}

// constSign reports the sign of e when it is a numeric literal (or minus one); ok is
// false otherwise.
func constSign(e ast.ExprNode) (s int, ok bool) {
	neg := false
	if u, isUnary := e.(*ast.UnaryOp); isUnary && (u.Op == ast.USub || u.Op == ast.UAdd) {
		neg, e = u.Op == ast.USub, u.Operand
	}
	num, isNum := e.(*ast.Constant)
	if !isNum {
		return 0, false
	}
	v := constValue(num.Value)
	switch v.(type) {
	case py.Int, *py.BigInt, py.Float:
	default:
		return 0, false
	}
	s = sign(v)
	if neg {
		s = -s
	}
	return s, true
}

// isComplexLiteral reports whether e is a complex literal such as 1j.
func isComplexLiteral(e ast.ExprNode) bool {
	num, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = num.Value.(complex128)
	return ok
}

// arithHelper returns the helper that a <op> b (a <op>= b when inplace) must go
// through, or nil where gpython's opcode is right: when the kinds of the operands rule
// out a bool on both sides (bytes, for "*"), and for /, //, % and ** a zero divisor.
func (u *unit) arithHelper(op ast.Operator, left, right ast.ExprNode, inplace bool) *helper {
	l, r := u.kindOf(left), u.kindOf(right)
	routed := false
	switch op {
	case ast.Add:
		if u.addRouted(left, right) {
			if inplace {
				return helperIAdd
			}
			return helperAdd
		}
		return nil
	case ast.Mod:
		if l == kindStr {
			return helperMod
		}
		s, ok := constSign(right)
		routed = !(ok && s != 0 && l.numeric() && !isComplexLiteral(left))
	case ast.Div:
		s, ok := constSign(right)
		_, isFloat := right.(*ast.Constant)
		isFloat = isFloat && r == kindFloat
		routed = !(ok && s != 0 && (l.numeric() || (isFloat && l != kindStr)))
	case ast.FloorDiv:
		s, ok := constSign(right)
		routed = !(ok && s != 0 && l != kindStr && !isComplexLiteral(left))
	case ast.Pow:
		// Only int ** non-negative int literal is exact in gpython (floats go through
		// Go's math.Pow, a negative base with a fractional exponent gives nan).
		s, ok := constSign(right)
		_, isInt := right.(*ast.Constant)
		isInt = isInt && r != kindFloat
		routed = !(ok && s >= 0 && isInt && (l == kindInt || l == kindSmallInt))
	case ast.MatMult:
		routed = true // no opcode in gpython's VM
	case ast.Mult:
		// Any repeat goes through Binary, which checks the size before allocating
		// (gpython's str and list repeats allocate whatever they are asked for).
		routed = !(l.numeric() && r.numeric())
	default:
		routed = !l.numeric() && !r.numeric()
	}
	if !routed {
		return nil
	}
	if inplace {
		return inplaceHelpers[op]
	}
	return binaryHelpers[op]
}
