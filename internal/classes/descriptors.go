package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// classmethod and staticmethod stay gpython's *py.ClassMethod and *py.StaticMethod, but
// Python classes may subclass them, as in CPython: an instance of such a subclass is an
// Instance whose Native value is the wrapped descriptor. For that the types get what
// CPython's have and gpython's lack in their dicts: __init__ (which sets the function, so
// that a subclass's __init__ can call super().__init__(f)), __get__ (found along the MRO,
// so a subclass may override it), __func__ and __wrapped__ that see through the Instance.

func init() { gpyhooks.Register("classes/descriptors", installDescriptors) }

func installDescriptors() {
	py.ClassMethodType.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return &py.ClassMethod{Callable: py.None, Dict: py.NewStringDict()}, nil
	}
	py.ClassMethodType.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error {
		cm, ok := NativeOf(self).(*py.ClassMethod)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'classmethod' object but received a '%s'", self.Type().Name)
		}
		return initWrapper("classmethod", &cm.Callable, args, kwargs)
	}
	py.StaticMethodType.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return &py.StaticMethod{Callable: py.None, Dict: py.NewStringDict()}, nil
	}
	py.StaticMethodType.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error {
		sm, ok := NativeOf(self).(*py.StaticMethod)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'staticmethod' object but received a '%s'", self.Type().Name)
		}
		return initWrapper("staticmethod", &sm.Callable, args, kwargs)
	}
	for _, t := range []*py.Type{py.ClassMethodType, py.StaticMethodType} {
		t.Flags |= py.TPFLAGS_BASETYPE
		exposeInit(t)
		t.Dict["__get__"] = NewMethodOf(t.Name, "__get__", "Return an attribute of instance, which is of type owner.", wrapperGet)
		t.Dict["__func__"] = &py.Property{Fget: wrapped}
		t.Dict["__wrapped__"] = &py.Property{Fget: wrapped}
	}
}

// initWrapper is the body of classmethod.__init__ and staticmethod.__init__.
func initWrapper(name string, callable *py.Object, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s expected 1 argument, got %d", name, len(args))
	}
	*callable = args[0]
	return nil
}

// wrapped is the function a classmethod or staticmethod (or an instance of a subclass) holds.
func wrapped(self py.Object) (py.Object, error) {
	switch d := NativeOf(self).(type) {
	case *py.ClassMethod:
		return d.Callable, nil
	case *py.StaticMethod:
		return d.Callable, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor '__func__' requires a 'classmethod' or 'staticmethod' object but received a '%s'", self.Type().Name)
}

// wrapperGet is classmethod.__get__(instance, owner=None) (bound to the owner, or to the
// instance's class) and staticmethod.__get__ (the function itself).
func wrapperGet(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 or 2 arguments, got %d", len(args))
	}
	inst := args[0]
	var owner py.Object = py.None
	if len(args) == 2 {
		owner = args[1]
	}
	switch d := NativeOf(self).(type) {
	case *py.ClassMethod:
		if owner == py.None {
			if inst == py.None {
				return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
			}
			owner = inst.Type()
		}
		return bindClassMethod(d.Callable, owner), nil
	case *py.StaticMethod:
		return d.Callable, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor '__get__' requires a 'classmethod' or 'staticmethod' object but received a '%s'", self.Type().Name)
}

// mustWrapped is wrapped for callers that know self is a classmethod or staticmethod.
func mustWrapped(self py.Object) py.Object {
	f, err := wrapped(self)
	if err != nil {
		return py.None
	}
	return f
}
