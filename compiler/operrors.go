package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The TypeError of an operator its operands do not support, in CPython's words:
// "unsupported operand type(s) for /: 'int' and 'str'", "... for /=: ..." when the
// statement is an augmented assignment, "... for ** or pow(): ..." for a binary power.
// gpython's Go methods say "for /" for "/=" too, and some name a conversion instead
// ("unsupported operand type(s) for float: 'str'" for 5 / 'a').

// opSymbols are the operators as CPython's messages print them.
var opSymbols = map[ast.Operator]string{
	ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
	ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|",
	ast.BitXor: "^", ast.MatMult: "@",
}

const unsupportedPrefix = "unsupported operand type(s) for "

// operandError rewrites err, when it is a TypeError gpython's Go code raised for
// unsupported operands of a <op> b (a <op>= b when inplace), as CPython words it. An
// exception raised by Python code (an operator method of a class) is left as it is.
func operandError(op ast.Operator, inplace bool, a, b py.Object, err error) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return err
	}
	msg, _ := e.Args.(py.Tuple)
	if len(msg) != 1 {
		return err
	}
	if s, _ := msg[0].(py.String); !strings.HasPrefix(string(s), unsupportedPrefix) {
		return err
	}
	sym := opSymbols[op]
	switch {
	case inplace:
		sym += "="
	case op == ast.Pow:
		sym = "** or pow()"
	}
	return py.ExceptionNewf(py.TypeError, "%s%s: '%s' and '%s'", unsupportedPrefix, sym, a.Type().Name, b.Type().Name)
}

// inplaceOpcodeSymbols are the operators of gpython's in-place opcodes, which generated
// code keeps where both operands are likely numbers (arithHelper).
var inplaceOpcodeSymbols = map[vm.OpCode]string{
	vm.INPLACE_ADD: "+", vm.INPLACE_SUBTRACT: "-", vm.INPLACE_MULTIPLY: "*",
	vm.INPLACE_TRUE_DIVIDE: "/", vm.INPLACE_FLOOR_DIVIDE: "//", vm.INPLACE_MODULO: "%",
	vm.INPLACE_POWER: "** or pow()", vm.INPLACE_LSHIFT: "<<", vm.INPLACE_RSHIFT: ">>",
	vm.INPLACE_AND: "&", vm.INPLACE_OR: "|", vm.INPLACE_XOR: "^",
}

// inplaceOpcodeMessage rewrites gpython's message for an in-place opcode's unsupported
// operands ("for -:") as CPython's ("for -=:"); ok is false for other messages.
func inplaceOpcodeMessage(msg string, op vm.OpCode) (string, bool) {
	sym, isInplace := inplaceOpcodeSymbols[op]
	rest, ok := strings.CutPrefix(msg, unsupportedPrefix+sym+":")
	if !isInplace || !ok {
		return "", false
	}
	if op == vm.INPLACE_POWER {
		sym = "**"
	}
	return unsupportedPrefix + sym + "=:" + rest, true
}
