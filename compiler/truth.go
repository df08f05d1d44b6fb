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
	case *py.Type:
		// a class is true unless its metaclass says otherwise (gpython's test never
		// asks the metaclass)
		if meta := v.Type(); meta != nil && meta != py.TypeType {
			return classTruth(v, meta)
		}
		return true, nil
	}
	r, err := py.MakeBool(x)
	if err != nil {
		return false, err
	}
	return r == py.True, nil
}

// metaMethod finds name in a metaclass's MRO, leaving out type and object (whose
// gopy methods do not stand for CPython's missing slots).
func metaMethod(meta *py.Type, name string) py.Object {
	for _, o := range meta.Mro {
		t, ok := o.(*py.Type)
		if !ok || t == py.TypeType || t == py.ObjectType {
			continue
		}
		if fn, ok := t.Dict[name]; ok {
			return fn
		}
	}
	return nil
}

// classTruth is the truth of class cls through its metaclass's __bool__ or __len__.
func classTruth(cls, meta *py.Type) (bool, error) {
	if fn := metaMethod(meta, "__bool__"); fn != nil {
		r, err := py.Call(fn, py.Tuple{cls}, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(py.Bool)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return bool(b), nil
	}
	if fn := metaMethod(meta, "__len__"); fn != nil {
		r, err := py.Call(fn, py.Tuple{cls}, nil)
		if err != nil {
			return false, err
		}
		n, err := py.Index(r)
		if err != nil {
			return false, err
		}
		if n < 0 {
			return false, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return n != 0, nil
	}
	return true, nil
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
