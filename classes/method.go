package classes

import "github.com/go-python/gpython/py"

// Fn is the Go signature of a method installed by this package: self is the instance the
// method is bound to.
type Fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// NewMethod makes a *py.Method for a type's Dict that works both when bound to an instance
// (attribute access) and when gpython calls it unbound with the instance as first argument
// (py.TypeCall, cls.method(self, ...)).
func NewMethod(name, doc string, fn Fn) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if isUnbound(self) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "unbound method %s() needs an argument", name)
			}
			self, args = args[0], args[1:]
		}
		return fn(self, args, kwargs)
	}, 0, doc)
}

// isUnbound reports whether a Go method was called without a bound self: gpython then passes
// the method's (nil) module.
func isUnbound(self py.Object) bool {
	if self == nil {
		return true
	}
	m, ok := self.(*py.Module)
	return ok && m == nil
}

// unboundMethod is a Go method fetched from a class (str.join, Process.__init__): calling it
// passes the first argument as self, as CPython's method descriptors do.
type unboundMethod struct {
	m *py.Method
}

var unboundMethodType = py.NewType("method_descriptor", "a Go method fetched from its class")

func (u *unboundMethod) Type() *py.Type { return unboundMethodType }

func (u *unboundMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "unbound method %s() needs an argument", u.m.Name)
	}
	if kwargs != nil {
		return u.m.CallWithKeywords(args[0], args[1:], kwargs)
	}
	return u.m.Call(args[0], args[1:])
}

func (u *unboundMethod) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == py.None || instance == nil {
		return u, nil
	}
	return py.NewBoundMethod(instance, u.m), nil
}

func (u *unboundMethod) M__repr__() (py.Object, error) {
	return py.String("<method '" + u.m.Name + "'>"), nil
}

func unboundFor(m *py.Method) py.Object {
	if m.Flags&py.METH_STATIC != 0 {
		return m
	}
	return &unboundMethod{m: m}
}

func init() {
	unboundMethodType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*unboundMethod).m.Name), nil
	}}
}
