package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// Some of gpython's errors differ from CPython's only in wording, and only on the error
// path, so generated code keeps the fast instruction and the message is corrected where
// Python code can first see it: when an except clause starts handling the exception
// (helperEnterHandler) and when it leaves the frame that raised it (WrapRunFrame, through
// which interp runs every frame). The exception is corrected in place, so both see the same object.
//
//   - Ordering comparisons, which keep COMPARE_OP where an operand is a str or a small int
//     (scalars.go): gpython says "unsupported operand type(s) for <: 'int' and 'str'",
//     CPython "'<' not supported between instances of 'int' and 'str'". No CPython message
//     has gpython's form for these four operators, so it is rewritten wherever it comes
//     from.
//   - A subscript whose key is known to be a str keeps BINARY_SUBSCR (routed.go): on bytes
//     gpython says "'bytes' object is not subscriptable", CPython "byte indices must be
//     integers or slices, not str".
//   - "+" keeps BINARY_ADD when its right operand is a number (add.go): a str, list, tuple
//     or bytes on the left gets CPython's "can only concatenate str (not "int") to str"
//     instead of gpython's "unsupported operand type(s) for +".
//   - An in-place opcode (kept where both operands are likely numbers) says "for -:" where
//     CPython says "for -=:" (operrors.go).
//   - An index beyond int64 in a subscript kept as an opcode: gpython raises OverflowError,
//     CPython IndexError "cannot fit 'int' into an index-sized integer".
//   - gpython's list item assignment and deletion, and its str indexing (a subscript whose
//     container is known to be a str keeps BINARY_SUBSCR), say "index out of range";
//     CPython "list assignment index out of range" and "string index out of range".

// fixMessage corrects the message of exception value, raised at the innermost entry of tb.
func fixMessage(tb *py.Traceback, value py.Object) {
	exc, ok := value.(*py.Exception)
	if ok && exc.Type() == py.OverflowError {
		indexOverflow(tb, exc)
		return
	}
	if !ok || exc.Type() != py.TypeError && exc.Type() != py.IndexError {
		return
	}
	args, ok := exc.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return
	}
	if exc.Type() == py.IndexError {
		if msg == "index out of range" {
			switch raisedBy(tb) {
			case vm.STORE_SUBSCR, vm.DELETE_SUBSCR:
				exc.Args = py.Tuple{py.String("list assignment index out of range")}
			case vm.BINARY_SUBSCR:
				exc.Args = py.Tuple{py.String("string index out of range")}
			}
		}
		return
	}
	if fixed, ok := compareMessage(string(msg)); ok {
		exc.Args = py.Tuple{py.String(fixed)}
		return
	}
	if op := raisedBy(tb); op == vm.BINARY_ADD || op == vm.INPLACE_ADD {
		if fixed, ok := concatMessage(string(msg), op == vm.INPLACE_ADD); ok {
			exc.Args = py.Tuple{py.String(fixed)}
			return
		}
	}
	if fixed, ok := inplaceOpcodeMessage(string(msg), raisedBy(tb)); ok {
		exc.Args = py.Tuple{py.String(fixed)}
		return
	}
	if msg == "'bytes' object is not subscriptable" && raisedBy(tb) == vm.BINARY_SUBSCR {
		exc.Args = py.Tuple{py.String("byte indices must be integers or slices, not str")}
	}
}

// indexOverflow turns gpython's OverflowError for an index beyond int64 in a subscript
// (l[2**70] = x on a list, s[2**70] on a str) into CPython's IndexError.
func indexOverflow(tb *py.Traceback, exc *py.Exception) {
	switch raisedBy(tb) {
	case vm.BINARY_SUBSCR, vm.STORE_SUBSCR, vm.DELETE_SUBSCR:
	default:
		return
	}
	if args, ok := exc.Args.(py.Tuple); ok && len(args) == 1 && args[0] == py.String("Python int too large to convert to int64") {
		exc.Base = py.IndexError
		exc.Args = py.Tuple{py.String("cannot fit 'int' into an index-sized integer")}
	}
}

// concatMessage rewrites gpython's message for a str, list, tuple or bytes plus an object
// of another type, which BINARY_ADD keeps when the right operand is a number (add.go), as
// CPython words it; list += number extends the list by an iterable, so the number is not
// iterable there.
func concatMessage(msg string, inplace bool) (string, bool) {
	operands, ok := strings.CutPrefix(msg, "unsupported operand type(s) for +: ")
	if !ok {
		return "", false
	}
	a, b, ok := strings.Cut(operands, " and ")
	if !ok || len(b) < 2 {
		return "", false
	}
	other := b[1 : len(b)-1]
	if inplace && a == "'list'" {
		return "'" + other + "' object is not iterable", true
	}
	switch a {
	case "'str'", "'list'", "'tuple'":
		name := a[1 : len(a)-1]
		return "can only concatenate " + name + " (not \"" + other + "\") to " + name, true
	case "'bytes'":
		return "can't concat " + other + " to bytes", true
	}
	return "", false
}

// compareMessage rewrites gpython's message for an ordering comparison that is not
// supported.
func compareMessage(msg string) (string, bool) {
	rest, ok := strings.CutPrefix(msg, "unsupported operand type(s) for ")
	if !ok {
		return "", false
	}
	op, operands, ok := strings.Cut(rest, ": ")
	switch op {
	case "<", "<=", ">", ">=":
	default:
		return "", false
	}
	a, b, ok2 := strings.Cut(operands, " and ")
	if !ok || !ok2 {
		return "", false
	}
	return "'" + op + "' not supported between instances of " + a + " and " + b, true
}

// raisedBy returns the opcode of the instruction at the innermost entry of tb (a no-argument
// opcode, or 0).
func raisedBy(tb *py.Traceback) vm.OpCode {
	if tb == nil {
		return 0
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	code, lasti := tb.Frame.Code, int(tb.Lasti)
	if lasti < 1 || lasti > len(code.Code) {
		return 0
	}
	return vm.OpCode(code.Code[lasti-1])
}

// fixError applies fixMessage and fixUnbound to an error leaving a frame.
func fixError(err error) error {
	if info, ok := err.(py.ExceptionInfo); ok {
		fixMessage(info.Traceback, info.Value)
	}
	return fixUnbound(err)
}
