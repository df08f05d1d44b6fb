package classes

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"
)

// gpython's RAISE_VARARGS only raises *py.Exception values (py.MakeException turns anything
// else into a SystemError) and instantiates a raised class without calling it. Compiled code
// is therefore rewritten, instruction for instruction and with the same length, so that
// "raise X" becomes LOAD_ATTR __gopy_raise__ on X and "raise X from Y" becomes
// STORE_ATTR __gopy_raise_from__ (Y.__gopy_raise_from__ = X). Both attribute names resolve
// to a descriptor on object whose Go code calls Raise and returns the exception as the
// error: the VM then raises it with the right traceback, whatever its Go type.

const (
	raiseAttr     = "__gopy_raise__"
	raiseFromAttr = "__gopy_raise_from__"

	opStoreAttr    = 95
	opLoadAttr     = 106
	opRaiseVarargs = 130
	opExtendedArg  = 144
	opHaveArgument = 90
	opLoadGlobal   = 116
	opLoadFast     = 124
	opCallFunction = 131
)

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
	return py.ExceptionInfo{Type: value.Type(), Value: value}
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

// RewriteRaise rewrites the raise statements (and the zero-argument super() calls, see
// supercall.go) of code and of the code objects nested in it. It is idempotent.
func RewriteRaise(code *py.Code) { rewrite(code, false) }

// isClassBody recognises the code of a class statement's body.
func isClassBody(code *py.Code) bool {
	if code.Argcount != 0 || code.Flags&py.CO_NEWLOCALS != 0 {
		return false
	}
	var mod, qual bool
	for _, n := range code.Names {
		mod = mod || n == "__module__"
		qual = qual || n == "__qualname__"
	}
	return mod && qual
}

// rewrite does RewriteRaise's work; inMethod says code is (inside) a function defined in a
// class body, where super() means super(__class__, first argument).
func rewrite(code *py.Code, inMethod bool) {
	b := []byte(code.Code)
	changed := false
	ext := false
	prevOp, prevAt := byte(0), -1
	for i := 0; i < len(b); {
		op := b[i]
		if op < opHaveArgument || i+2 >= len(b) {
			i++
			ext = false
			prevAt = -1
			continue
		}
		arg := int(b[i+1]) | int(b[i+2])<<8
		switch {
		case op == opRaiseVarargs && !ext && (arg == 1 || arg == 2):
			name, newOp := raiseAttr, byte(opLoadAttr)
			if arg == 2 {
				name, newOp = raiseFromAttr, opStoreAttr
			}
			if idx := nameIndex(code, name); idx <= 0xffff {
				b[i], b[i+1], b[i+2] = newOp, byte(idx), byte(idx>>8)
				changed = true
			}
		case inMethod && op == opCallFunction && arg == 0 && prevOp == opLoadGlobal && prevAt >= 0 && !ext:
			if rewriteSuper(code, b, prevAt) {
				changed = true
			}
		}
		ext = op == opExtendedArg
		prevOp, prevAt = op, i
		i += 3
	}
	if changed {
		code.Code = string(b)
	}
	classBody := isClassBody(code)
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			rewrite(sub, inMethod || classBody)
		}
	}
}

func nameIndex(code *py.Code, name string) int {
	for i, n := range code.Names {
		if n == name {
			return i
		}
	}
	code.Names = append(code.Names, name)
	return len(code.Names) - 1
}

var (
	hookMu      sync.Mutex
	compileNext func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)
)

func compileWithRaise(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	code, err := compileNext(src, srcDesc, mode, flags, dontInherit)
	if err == nil && code != nil {
		RewriteRaise(code)
	}
	return code, err
}

// EnsureRaiseHook makes py.Compile rewrite raise statements, wrapping whatever compiler is
// installed now. It is cheap and idempotent; interp calls it when it creates an
// interpreter, after every package (the compiler among them) has installed itself.
func EnsureRaiseHook() {
	hookMu.Lock()
	defer hookMu.Unlock()
	if py.Compile == nil {
		return
	}
	if reflect.ValueOf(py.Compile).Pointer() == reflect.ValueOf(compileWithRaise).Pointer() {
		return
	}
	compileNext = py.Compile
	py.Compile = compileWithRaise
}

func init() {
	py.ObjectType.Dict[raiseAttr] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return nil, Raise(self, nil, false) },
	}
	py.ObjectType.Dict[raiseFromAttr] = &py.Property{
		Fset: func(self, value py.Object) error { return Raise(value, self, true) },
	}
	EnsureRaiseHook()
}
