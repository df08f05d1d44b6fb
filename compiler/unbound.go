package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython's VM reports a local variable read before assignment as NameError "name 'x'
// is not defined", and an unbound free variable with Python 3.4's wording. fixUnbound
// gives such an error, when it leaves the frame that raised it, CPython 3.11's exception:
// UnboundLocalError "cannot access local variable 'x' where it is not associated with a
// value", or NameError "cannot access free variable 'x' where it is not associated with a
// value in enclosing scope". (A handler in that same frame still sees gpython's error.)

// fixUnbound rewrites err if the instruction that raised it read an unbound variable.
func fixUnbound(err error) error {
	info, ok := err.(py.ExceptionInfo)
	if !ok || info.Traceback == nil {
		return err
	}
	exc, ok := info.Value.(*py.Exception)
	if !ok || (exc.Type() != py.NameError && exc.Type() != py.UnboundLocalError) {
		return err
	}
	tb := info.Traceback
	for tb.Next != nil {
		tb = tb.Next
	}
	code, lasti := tb.Frame.Code, int(tb.Lasti)
	if lasti < 3 || lasti > len(code.Code) {
		return err
	}
	op := vm.OpCode(code.Code[lasti-3])
	arg := int(code.Code[lasti-2]) | int(code.Code[lasti-1])<<8
	msg := ""
	if args, ok := exc.Args.(py.Tuple); ok && len(args) == 1 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	var fixed *py.Exception
	switch op {
	case vm.LOAD_FAST, vm.DELETE_FAST:
		if arg < len(code.Varnames) && msg == "name '"+code.Varnames[arg]+"' is not defined" {
			fixed = py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Varnames[arg])
		}
	case vm.LOAD_DEREF, vm.DELETE_DEREF:
		if arg < len(code.Cellvars) {
			if strings.HasPrefix(msg, "local variable ") {
				fixed = py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", code.Cellvars[arg])
			}
		} else if i := arg - len(code.Cellvars); i < len(code.Freevars) && strings.HasPrefix(msg, "free variable ") {
			fixed = py.ExceptionNewf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", code.Freevars[i])
		}
	}
	if fixed == nil {
		return err
	}
	info.Type, info.Value = fixed.Type(), fixed
	return info
}
