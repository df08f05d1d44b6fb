package objects

import (
	"github.com/go-python/gpython/py"
	"strings"
)

// Argument-unpacking helpers giving CPython's messages (starlark-go style: every builtin and
// method unpacks through these instead of checking len(args) by hand).

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// unpackPos unpacks positional-only arguments (CPython's METH_VARARGS methods): min of them
// required, len(results) at most, no keywords.
func unpackPos(name string, args py.Tuple, kwargs py.StringDict, min int, results ...*py.Object) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	max := len(results)
	switch {
	case min == max && len(args) != max:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, max, plural(max), len(args))
	case len(args) < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	case len(args) > max:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	for i, a := range args {
		*results[i] = a
	}
	return nil
}

// unpackSearch unpacks the (sub[, start[, end]]) arguments of the search methods of str and
// bytes, whose count errors CPython words as "find() takes at least 1 argument (0 given)".
func unpackSearch(name string, args py.Tuple, kwargs py.StringDict, results ...*py.Object) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	switch {
	case len(args) < 1:
		return py.ExceptionNewf(py.TypeError, "%s() takes at least 1 argument (%d given)", name, len(args))
	case len(args) > len(results):
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", name, len(results), len(args))
	}
	for i, a := range args {
		*results[i] = a
	}
	return nil
}

// noArgs checks a method of self's type that takes no arguments (METH_NOARGS); the message
// names it as CPython does, e.g. dict.keys().
func noArgs(self py.Object, name string, args py.Tuple) error {
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", self.Type().Name, name, len(args))
	}
	return nil
}

// oneArg checks a method of self's type that takes exactly one argument (METH_O).
func oneArg(self py.Object, name string, args py.Tuple) error {
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", self.Type().Name, name, len(args))
	}
	return nil
}

// parseArgs unpacks arguments that may be given by position (the first npos of names) or by
// keyword; names[i] without a value stays nil. min counts required leading arguments.
func parseArgs(name string, args py.Tuple, kwargs py.StringDict, names []string, npos, min int, results ...*py.Object) error {
	if len(args) > npos {
		if npos == 0 {
			return py.ExceptionNewf(py.TypeError, "%s() takes no positional arguments", name)
		}
		return py.ExceptionNewf(py.TypeError, "%s() takes at most %d argument%s (%d given)", name, npos, plural(npos), len(args))
	}
	for i, a := range args {
		*results[i] = a
	}
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				if i < len(args) {
					return py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
				}
				*results[i] = v
				found = true
				break
			}
		}
		if !found {
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	for i := 0; i < min; i++ {
		if *results[i] == nil {
			return py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return nil
}

// ParseArgs is parseArgs for native modules: arguments given by position (the first npos
// of names) or keyword, with CPython's messages for a function called name.
func ParseArgs(name string, args py.Tuple, kwargs py.StringDict, names []string, npos, min int, results ...*py.Object) error {
	return parseArgs(name, args, kwargs, names, npos, min, results...)
}

// methodFn is the Go signature of every method this package adds to a type.
type methodFn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// methodDef describes a method before it is bound to the type that owns it.
type methodDef struct {
	name, doc string
	fn        methodFn
	keepSelf  bool // fn gets the instance of a subclass itself, not the value it carries
}

// method describes a method taking positional and keyword arguments.
func method(name, doc string, fn methodFn) methodDef {
	return methodDef{name: name, doc: doc, fn: fn}
}

// MethKeepSelf marks (in py.Method.Flags) a method of a builtin type that wants the
// instance of a Python subclass itself as self, not the Go value it carries (int.__format__
// with an empty spec is str(self), which a subclass may override). The object model's
// method calls leave such a self alone.
const MethKeepSelf = 0x10000

// addMethods installs methods into a type's dictionary, replacing gpython's. Each method also
// works when called through the type (str.upper("x")): gpython then passes the module as self
// and the instance as the first argument.
func addMethods(t *py.Type, defs ...methodDef) {
	for _, d := range defs {
		d := d
		t.Dict[d.name] = py.MustNewMethod(d.name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if d.name == "__getitem__" && ClassGetItem != nil && len(args) == 2 {
				// list[int]: gpython's subscript of a class finds the instances' method
				// (and calls it unbound, the class first).
				if c, ok := args[0].(*py.Type); ok && c.IsSubtype(t) {
					return ClassGetItem(c, args[1])
				}
			}
			if self != nil && !isInstance(self, t) {
				if _, unbound := self.(*py.Module); !unbound {
					// Called through the class with a wrong explicit self (int.__add__("a", 1)).
					if strings.HasPrefix(d.name, "__") {
						return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d.name, t.Name, typeName(self))
					}
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, t.Name, typeName(self))
				}
			}
			if self == nil || !isInstance(self, t) {
				if len(args) == 0 || !isInstance(args[0], t) {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, t.Name, argTypeName(args))
				}
				self, args = args[0], args[1:]
			}
			// An instance of a Python subclass (class D(dict)) carries the Go value.
			if !d.keepSelf {
				self = NativeOf(self)
			}
			return d.fn(self, args, kwargs)
		}, 0, d.doc)
		if d.keepSelf {
			t.Dict[d.name].(*py.Method).Flags |= MethKeepSelf
		}
	}
}

func argTypeName(args py.Tuple) string {
	if len(args) == 0 {
		return "NoneType"
	}
	return args[0].Type().Name
}

// isInstance reports whether x's type is t or a subtype of it.
func isInstance(x py.Object, t *py.Type) bool {
	if m, ok := x.(*py.Module); ok && m == nil {
		return false
	}
	xt := x.Type()
	return xt == t || xt.IsSubtype(t)
}

// isStop reports whether err is the StopIteration that ends an iteration.
func isStop(err error) bool {
	if err == nil {
		return false
	}
	if o, ok := err.(py.Object); ok && o == py.Object(py.StopIteration) {
		return true
	}
	return py.IsException(py.StopIteration, err)
}

// iterate calls fn for each item of an iterable; fn returning false stops early.
func iterate(obj py.Object, fn func(py.Object) (bool, error)) error {
	switch x := obj.(type) {
	case py.Tuple:
		for _, item := range x {
			if more, err := fn(item); err != nil || !more {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if more, err := fn(x.Items[i]); err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := Iter(obj)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if isStop(err) {
				return nil
			}
			return err
		}
		if more, err := fn(item); err != nil || !more {
			return err
		}
	}
}

// toSlice collects an iterable's items.
func toSlice(obj py.Object) ([]py.Object, error) {
	switch x := obj.(type) {
	case py.Tuple:
		return append([]py.Object(nil), x...), nil
	case *py.List:
		return append([]py.Object(nil), x.Items...), nil
	}
	var out []py.Object
	err := iterate(obj, func(item py.Object) (bool, error) {
		out = appendDoubling(out, item)
		return true, nil
	})
	return out, err
}

// appendDoubling is append that doubles a full slice's capacity. append grows a large
// slice by a quarter at a time, so a slice built item by item to n items copies about 5n
// items (each a write-barriered move of fresh memory); doubling copies about 2n.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) && len(s) >= 256 {
		grown := make([]T, len(s), 2*len(s))
		copy(grown, s)
		s = grown
	}
	return append(s, v)
}

// typeName is the Python name of x's type.
func typeName(x py.Object) string { return x.Type().Name }

// classMethod is a method of a builtin type that CPython makes a class method
// (dict.fromkeys, int.from_bytes): bound to the class it is fetched through (the
// instance's class when fetched through an instance), which fn receives as cls. owner is
// the type whose dict holds it.
func classMethod(owner *py.Type, name, doc string, fn func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *ClassMethodDescr {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		cls, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' needs a type, not '%s'", name, typeName(self))
		}
		return fn(cls, args, kwargs)
	}, 0, doc)
	return &ClassMethodDescr{Method: m, Owner: owner}
}

// ClassMethodDescr is CPython's classmethod_descriptor: a Go method of a builtin type
// bound, when fetched, to the class it is fetched through.
type ClassMethodDescr struct {
	Method *py.Method
	Owner  *py.Type
}

// ClassMethodDescrType is the type of class methods of builtin types.
var ClassMethodDescrType = py.NewType("classmethod_descriptor", "A class method of a builtin type.")

// Type is ClassMethodDescrType.
func (c *ClassMethodDescr) Type() *py.Type { return ClassMethodDescrType }

// M__get__ binds the method to owner (instance's class when no owner is given).
func (c *ClassMethodDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	cls, ok := owner.(*py.Type)
	if !ok || cls == nil {
		cls = instance.Type()
	}
	return py.NewBoundMethod(cls, c.Method), nil
}

// M__call__ calls the method on the type that holds it (reached only where a type's dict
// is read without binding).
func (c *ClassMethodDescr) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return c.Method.CallWithKeywords(c.Owner, args, kwargs)
}

// M__repr__ is CPython's repr of a method descriptor.
func (c *ClassMethodDescr) M__repr__() (py.Object, error) {
	return py.String("<method '" + c.Method.Name + "' of '" + c.Owner.Name + "' objects>"), nil
}

// asClass is value as an instance of cls, a subclass of the builtin type base: cls(value),
// as CPython's alternative constructors give for subclasses.
func asClass(cls, base *py.Type, value py.Object) (py.Object, error) {
	if cls == base {
		return value, nil
	}
	return py.Call(cls, py.Tuple{value}, nil)
}
