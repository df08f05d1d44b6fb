package classes

import (
	"github.com/go-python/gpython/py"
)

// NewForCall is the first half of C(args...) for the eval loop's fast path (internal/ceval):
// when C is a plain class (object.__new__, no metaclass __call__, not abstract) whose
// __init__ is a Python function, it returns a new instance of C and that __init__, which
// the caller calls with the instance and the arguments and whose result it checks with
// CheckInitResult. ok is false when C(...) must take the general path (py.Call).
func NewForCall(cls *py.Type) (obj py.Object, init *py.Function, ok bool) {
	if cls.Flags&py.TPFLAGS_IS_ABSTRACT != 0 || cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil, nil, false
	}
	info := infoOf(cls)
	if !info.plainNew {
		return nil, nil, false
	}
	fn, isFunc := info.init.(*py.Function)
	if !isFunc {
		return nil, nil, false
	}
	i := &Instance{}
	i.init(cls, i, info)
	return i, fn, true
}

// CheckInitResult is instanceInit's check of what __init__ returned.
func CheckInitResult(res py.Object) error {
	if res != py.None {
		return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", res.Type().Name)
	}
	return nil
}

// SetAttrOf is STORE_ATTR on an instance of a class made here (its __setattr__, or
// object's); handled is false for other objects, which take py.SetAttrString.
func SetAttrOf(obj py.Object, name string, value py.Object) (handled bool, err error) {
	i, ok := obj.(*Instance)
	if !ok {
		return false, nil
	}
	_, err = i.M__setattr__(name, value)
	return true, err
}
