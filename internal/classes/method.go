package classes

import (
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Fn is the Go signature of a method installed by this package: self is the instance the
// method is bound to.
type Fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// NewMethod makes a *py.Method for a type's Dict that works both when bound to an instance
// (attribute access) and when gpython calls it unbound with the instance as first argument
// (py.TypeCall, cls.method(self, ...)).
func NewMethod(name, doc string, fn Fn) *py.Method {
	return NewMethodOf("", name, doc, fn)
}

// NewMethodOf is NewMethod for a method of the type named owner (used in error messages).
func NewMethodOf(owner, name, doc string, fn Fn) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if isUnbound(self) {
			if len(args) == 0 {
				if owner == "" {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' needs an argument", name)
				}
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, owner)
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
	m     *py.Method
	owner string // name of the class whose dict holds m
}

var unboundMethodType = py.NewType("method_descriptor", "a Go method fetched from its class")

func (u *unboundMethod) Type() *py.Type { return unboundMethodType }

// UnboundMethodOf returns the Go method a method descriptor (int.__repr__ fetched from its
// class) wraps.
func UnboundMethodOf(o py.Object) (*py.Method, bool) {
	if u, ok := o.(*unboundMethod); ok {
		return u.m, true
	}
	return nil, false
}

func (u *unboundMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		if !strings.HasPrefix(u.m.Name, "__") {
			// CPython's method descriptors; its slot wrappers use the message below.
			return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", u.owner, u.m.Name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", u.m.Name, u.owner)
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

// M__eq__ compares the methods wrapped: each lookup makes a new wrapper, but int.__str__
// and object.__str__ are one method, as in CPython.
func (u *unboundMethod) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *unboundMethod:
		return py.NewBool(o.m == u.m), nil
	case *py.Method:
		return py.NewBool(o == u.m), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ is the negation of M__eq__.
func (u *unboundMethod) M__ne__(other py.Object) (py.Object, error) {
	r, err := u.M__eq__(other)
	if r == py.NotImplemented || err != nil {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__hash__ hashes the method wrapped.
func (u *unboundMethod) M__hash__() (py.Object, error) {
	return py.Int(int64(uintptr(unsafe.Pointer(u.m)) >> 4)), nil
}

func (u *unboundMethod) M__repr__() (py.Object, error) {
	return py.String("<method '" + u.m.Name + "'>"), nil
}

// boundFirst calls a builtin function with a fixed first argument (a builtin function made a
// classmethod: py.NewBoundMethod would pass the class as the function's module).
type boundFirst struct {
	fn    py.Object
	first py.Object
}

func (b *boundFirst) Type() *py.Type { return py.BoundMethodType }

func (b *boundFirst) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(b.fn, append(py.Tuple{b.first}, args...), kwargs)
}

// bindClassMethod binds the callable of a classmethod to cls.
func bindClassMethod(fn py.Object, cls py.Object) py.Object {
	if m, ok := fn.(*py.Method); ok && m.Module != nil {
		return &boundFirst{fn: m, first: cls}
	}
	return py.NewBoundMethod(cls, fn)
}

// unboundFor is the Go method m fetched from class cls.
func unboundFor(m *py.Method, cls *py.Type) py.Object {
	if m.Flags&py.METH_STATIC != 0 || m.Module != nil {
		// (A module's function stored in a class stays a plain function.)
		return m
	}
	owner := cls.Name
	for _, b := range cls.Mro {
		if v, ok := b.(*py.Type).Dict[m.Name]; ok && v == py.Object(m) {
			owner = b.(*py.Type).Name
			break
		}
	}
	return &unboundMethod{m: m, owner: owner}
}

func init() {
	unboundMethodType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*unboundMethod).m.Name), nil
	}}
}
