package classes

import "github.com/go-python/gpython/py"

// gpython answers some operations on a class object (repr(C), len(C), C[k], iter(C),
// attribute access when C defines __getattribute__ ...) with py.TypeCall, which looks the
// dunder up in the class's own dict first: a method meant for C's instances would be called
// with C itself. typeGuard wraps such functions in a class dict: called with the class (or a
// subclass) as self it does what CPython does for a class object; bound to an instance
// (the descriptor protocol) or fetched from the class it is the plain function again.

type typeGuard struct {
	fn    py.Object
	name  string
	owner *py.Type
}

func (g *typeGuard) Type() *py.Type { return py.FunctionType }

func (g *typeGuard) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) >= 1 && kwargs == nil && g.owner != nil {
		if t, ok := args[0].(*py.Type); ok && t.IsSubtype(g.owner) {
			if f := metaDunder(t, g.name); f != nil {
				return py.Call(f, args, nil)
			}
			return classDunder(t, g.name, args[1:])
		}
	}
	return py.Call(g.fn, args, kwargs)
}

// metaDunder finds operation name in the metaclass of t when a Python metaclass defines
// it (iter(C) with a metaclass __iter__, as an enum's).
func metaDunder(t *py.Type, name string) py.Object {
	for _, b := range t.Type().Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == py.TypeType || bt == py.ObjectType {
			break
		}
		if v, ok := bt.Dict[name]; ok {
			return v
		}
	}
	return nil
}

func (g *typeGuard) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return g.fn, nil
	}
	return py.NewBoundMethod(instance, g.fn), nil
}

func (g *typeGuard) M__getattribute__(name string) (py.Object, error) {
	return py.GetAttrString(g.fn, name)
}

// classDunder is what operation name does on the class object t (an instance of its
// metaclass, which defines none of these).
func classDunder(t *py.Type, name string, args py.Tuple) (py.Object, error) {
	meta := t.Type().Name
	arg := func() (string, error) {
		if len(args) == 0 {
			return "", py.ExceptionNewf(py.TypeError, "%s expected an argument", name)
		}
		return AttributeNameOf(args[0])
	}
	switch name {
	case "__repr__", "__str__":
		return py.String(typeRepr(t)), nil
	case "__getattribute__":
		n, err := arg()
		if err != nil {
			return nil, err
		}
		return typeGetattribute(t, n)
	case "__setattr__":
		n, err := arg()
		if err != nil || len(args) < 2 {
			return nil, err
		}
		return py.None, typeSetattr(t, n, args[1])
	case "__delattr__":
		n, err := arg()
		if err != nil {
			return nil, err
		}
		return py.None, typeDelattr(t, n)
	case "__bool__":
		return py.True, nil
	case "__len__":
		return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", meta)
	case "__getitem__":
		if cg := Lookup(t, "__class_getitem__"); cg != nil && len(args) == 1 {
			f, err := classDescrGet(cg, t)
			if err != nil {
				return nil, err
			}
			return py.Call(f, args, nil)
		}
		return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not subscriptable", t.Name)
	case "__setitem__":
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", meta)
	case "__delitem__":
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item deletion", meta)
	case "__iter__":
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", meta)
	case "__next__":
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", meta)
	case "__contains__":
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", meta)
	case "__index__":
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", meta)
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operation %s on a class", name)
}

// AttributeNameOf checks that an attribute name is a str.
func AttributeNameOf(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", o.Type().Name)
	}
	return string(s), nil
}

var guardedDunders = []string{
	"__repr__", "__str__", "__getattribute__", "__setattr__", "__delattr__", "__bool__",
	"__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__next__",
	"__contains__", "__index__",
}

// guardClassDunders wraps the functions a class body defines under the names gpython
// may call with the class itself (and re-guards, for t, a guard copied from another
// class's dict, as type(name, bases, dict(C.__dict__)) does).
func guardClassDunders(t *py.Type) {
	defer TypeChanged()
	for _, n := range guardedDunders {
		switch f := t.Dict[n].(type) {
		case *py.Function:
			t.Dict[n] = &typeGuard{fn: f, name: n, owner: t}
		case *typeGuard:
			if f.owner != t && !t.IsSubtype(f.owner) {
				t.Dict[n] = &typeGuard{fn: f.fn, name: n, owner: t}
			}
		}
	}
}

// installTypeBool is type.__bool__ (part of change classes/type-attrs).
func installTypeBool() {
	py.TypeType.Dict["__bool__"] = NewMethod("__bool__", "Classes are true.",
		func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) { return py.True, nil })
}

// ClassDunder is what operation name (repr, str, len, iteration...) does on the class
// object t itself. A native type whose Dict holds such a method for its instances calls
// it when gpython hands it the class instead of an instance (see typeGuard).
func ClassDunder(t *py.Type, name string, args py.Tuple) (py.Object, error) {
	return classDunder(t, name, args)
}
