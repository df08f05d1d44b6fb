package compiler

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Truth tests. gpython's VM tests a condition with py.MakeBool, which asks a value for
// __bool__ and then __len__; gpython's bytes type has neither, so every bytes value, b''
// included, would be true. Conditions, "not" and the values of "and"/"or" whose operand
// may be bytes are therefore tested by helperTruth; those known to be a bool, a number
// or a str (comparisons among them) keep the VM's own test.

// Truth is Python's truth test of x, bool(x), for every object gopy makes.
func Truth(x py.Object) (bool, error) {
	switch v := x.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Bytes:
		return len(v) > 0, nil
	}
	r, err := py.MakeBool(x)
	if err != nil {
		return false, err
	}
	return r == py.True, nil
}

var (
	helperTruth = newHelper("<truth>", func(args py.Tuple) (py.Object, error) {
		ok, err := Truth(args[0])
		return py.NewBool(ok), err
	})
	helperNot = newHelper("<not>", func(args py.Tuple) (py.Object, error) {
		ok, err := Truth(args[0])
		return py.NewBool(!ok), err
	})
)

// needsTruth reports whether the truth of e must be computed by helperTruth: e may be a
// bytes value.
func (u *unit) needsTruth(e ast.ExprNode) bool {
	switch e.(type) {
	case *ast.Compare:
		return false
	}
	switch u.kindOf(e) {
	case kindSmallInt, kindInt, kindFloat, kindStr, kindBool:
		return false
	}
	return true
}

// truthValue leaves the truth of the value on top of the stack above it: v becomes v, bool.
func (u *unit) truthValue() {
	u.emit(vm.DUP_TOP)
	u.loadConst(helperTruth)
	u.emit(vm.ROT_TWO)
	u.emitArg(vm.CALL_FUNCTION, 1)
}
