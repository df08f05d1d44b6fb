package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

func init() {
	compiler.RT.Raise = Raise
}

// The raise statement: gopy's compiler compiles "raise X" and "raise X from Y" to a call of
// compiler.RT.Raise, which is Raise below. gpython's own RAISE_VARARGS only raises
// *py.Exception values (py.MakeException turns anything else into a SystemError) and
// instantiates a raised class without calling it.

// Raise returns the error that raises exc (a class or an instance) with the given cause, as
// the raise statement does. hasCause distinguishes "raise X from None" from "raise X".
func Raise(exc, cause py.Object, hasCause bool) error {
	value, err := exceptionValue(exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if hasCause {
		if cause != py.None {
			c, err := exceptionValue(cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			cause = c
		}
		SetCause(value, cause)
	}
	setImplicitContext(value)
	// An instance raised again keeps the traceback it carries (with_traceback, or where it
	// was raised before): the frames it passes through now go in front, as in CPython.
	return py.ExceptionInfo{Type: value.Type(), Value: value, Traceback: ExcTraceback(value)}
}

// exceptionValue makes the exception instance a raise statement raises.
func exceptionValue(exc py.Object, msg string) (py.Object, error) {
	if t, ok := exc.(*py.Type); ok {
		if !t.IsSubtype(py.BaseException) {
			return nil, py.ExceptionNewf(py.TypeError, "%s", msg)
		}
		v, err := py.Call(t, nil, nil)
		if err != nil {
			return nil, err
		}
		if !IsExceptionValue(v) {
			return nil, py.ExceptionNewf(py.TypeError, "calling %s should have returned an instance of BaseException, not %s", typeRepr(t), typeRepr(v.Type()))
		}
		return v, nil
	}
	if !IsExceptionValue(exc) {
		return nil, py.ExceptionNewf(py.TypeError, "%s", msg)
	}
	return exc, nil
}
