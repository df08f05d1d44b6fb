package compiler

import (
	"reflect"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// gpython's COMPARE_OP decides "is" with Go's ==, which panics when both operands are
// tuples (slices) or dicts of str keys (maps). "a is b" between two values none of which
// is a constant therefore goes through identityHelpers; "x is None" and the like keep
// COMPARE_OP (operands of different Go types never panic).

// Same reports whether a and b are the same object: the same pointer, the same tuple slice
// (every empty tuple is the one empty tuple, as in CPython), or equal comparable values
// (gpython's identity of ints and strs).
func Same(a, b py.Object) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	ra, rb := reflect.ValueOf(a), reflect.ValueOf(b)
	if ra.Type() != rb.Type() {
		return false
	}
	switch ra.Kind() {
	case reflect.Slice:
		return ra.Len() == rb.Len() && (ra.Len() == 0 || ra.Pointer() == rb.Pointer())
	case reflect.Map:
		return ra.Pointer() == rb.Pointer()
	}
	return ra.Comparable() && a == b
}

var identityHelpers = map[ast.CmpOp]*helper{
	ast.Is:    identityHelper("<is>", true),
	ast.IsNot: identityHelper("<is not>", false),
}

func identityHelper(name string, want bool) *helper {
	return newHelper(name, func(args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.SystemError, "%s: bad arguments", name)
		}
		return py.NewBool(Same(args[0], args[1]) == want), nil
	})
}

// isConstant reports whether e is None, True, False or Ellipsis.
func isConstant(e ast.Expr) bool {
	switch e.(type) {
	case *ast.NameConstant, *ast.Ellipsis:
		return true
	}
	return false
}
