package compiler

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// "is" and "is not": gpython's COMPARE_OP compares the two Go interface values, which panics
// when both hold the same uncomparable type (two tuples: py.Tuple is a slice). Comparisons
// with a None, True or False literal keep COMPARE_OP (it is exact there); the others go
// through these helpers.

func init() {
	compareHelpers[ast.Is] = newHelper("<is>", func(args py.Tuple) (py.Object, error) {
		return py.NewBool(Identical(args[0], args[1])), nil
	})
	compareHelpers[ast.IsNot] = newHelper("<is not>", func(args py.Tuple) (py.Object, error) {
		return py.NewBool(!Identical(args[0], args[1])), nil
	})
}

// Identical reports whether a and b are the same Python object: for slices and maps (tuples,
// gpython's string dicts) the same backing storage and length, otherwise Go's ==. Empty
// tuples are all one object, as CPython's () singleton.
func Identical(a, b py.Object) bool {
	if ta, ok := a.(py.Tuple); ok {
		tb, ok := b.(py.Tuple)
		return ok && len(ta) == len(tb) && (len(ta) == 0 || &ta[0] == &tb[0])
	}
	ra, rb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ra != rb {
		return false
	}
	if ra == nil || ra.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice, reflect.Map:
		return va.Pointer() == vb.Pointer() && va.Len() == vb.Len()
	}
	return false
}

// isSingletonLiteral reports whether e is None, True or False, against which COMPARE_OP's
// identity test is exact.
func isSingletonLiteral(e ast.ExprNode) bool {
	c, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch c.Value.(type) {
	case ast.NoneType, bool:
		return true
	}
	return false
}
