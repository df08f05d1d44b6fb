package sys

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/importlib"
)

// NamespaceType is the type of sys.implementation: attributes kept in the order they were
// set, shown by a repr of the form CPython's types.SimpleNamespace prints
// (`namespace(name='gopy', ...)`). It is a Go type so that sys needs no Python module at
// start; importing types (whose SimpleNamespace is gopy's Python class) replaces
// sys.implementation by an instance of that class, so `type(sys.implementation) is
// types.SimpleNamespace` holds as in CPython (a reference taken before types was
// imported keeps the Go namespace).
var NamespaceType = py.NewType("SimpleNamespace", "A simple attribute-based namespace.")

func init() {
	NamespaceType.Dict["__module__"] = py.String("types")
	NamespaceType.Dict["__dict__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*Namespace).ordered()
	}}
	builtins.Ready(NamespaceType)
	NamespaceType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", reduceNamespace, 0, "Return state information for pickling.")
}

// Namespace is an object with named attributes in the order they were first set.
type Namespace struct {
	names []string
	attrs py.StringDict
}

// NewNamespace makes a namespace holding values under names, in that order.
func NewNamespace(names []string, values []py.Object) *Namespace {
	ns := &Namespace{attrs: py.StringDict{}}
	for i, name := range names {
		ns.set(name, values[i])
	}
	return ns
}

// Type is NamespaceType.
func (ns *Namespace) Type() *py.Type { return NamespaceType }

// ordered is a new dict of the attributes in their order (what __dict__ gives: a copy,
// so writing into it does not change the namespace, unlike CPython's).
func (ns *Namespace) ordered() (*objects.Dict, error) {
	d := objects.NewDict()
	for _, name := range ns.names {
		if err := d.SetStr(name, ns.attrs[name]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// GetDict gives the attributes (read by attribute lookup and vars()).
func (ns *Namespace) GetDict() py.StringDict { return ns.attrs }

func (ns *Namespace) set(name string, value py.Object) {
	if _, ok := ns.attrs[name]; !ok {
		ns.names = append(ns.names, name)
	}
	ns.attrs[name] = value
}

// M__setattr__ sets an attribute, remembering its place in the repr.
func (ns *Namespace) M__setattr__(name string, value py.Object) (py.Object, error) {
	ns.set(name, value)
	return py.None, nil
}

// M__delattr__ removes an attribute.
func (ns *Namespace) M__delattr__(name string) (py.Object, error) {
	if _, ok := ns.attrs[name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'types.SimpleNamespace' object has no attribute '%s'", name)
	}
	delete(ns.attrs, name)
	for i, n := range ns.names {
		if n == name {
			ns.names = append(ns.names[:i:i], ns.names[i+1:]...)
			break
		}
	}
	return py.None, nil
}

// M__repr__ is namespace(key=value, ...) in the order the attributes were set.
func (ns *Namespace) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("namespace(")
	for i, name := range ns.names {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := objects.Repr(ns.attrs[name])
		if err != nil {
			return nil, err
		}
		b.WriteString(name + "=" + r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

// M__eq__ compares the attributes of two namespaces (a types.SimpleNamespace made in
// Python, such as a copy, included).
func (ns *Namespace) M__eq__(other py.Object) (py.Object, error) {
	attrs, err := namespaceAttrs(other)
	if attrs == nil || err != nil {
		return py.NotImplemented, err
	}
	return objects.Compare("==", ns.attrs, attrs)
}

// M__ne__ is the negation of M__eq__.
func (ns *Namespace) M__ne__(other py.Object) (py.Object, error) {
	attrs, err := namespaceAttrs(other)
	if attrs == nil || err != nil {
		return py.NotImplemented, err
	}
	return objects.Compare("!=", ns.attrs, attrs)
}

// namespaceAttrs is the attribute dict of a namespace, nil for other objects.
func namespaceAttrs(obj py.Object) (py.Object, error) {
	if o, ok := obj.(*Namespace); ok {
		return o.attrs, nil
	}
	t := obj.Type()
	for _, base := range t.Mro {
		if b, ok := base.(*py.Type); ok && b.Name == "SimpleNamespace" && b.Dict["__module__"] == py.String("types") {
			return py.GetAttrString(obj, "__dict__")
		}
	}
	return nil, nil
}

// M__hash__ refuses, as a namespace is mutable.
func (ns *Namespace) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'types.SimpleNamespace'")
}

// M__getattr__ is reached when no attribute has the name: CPython's message names the
// type types.SimpleNamespace.
func (ns *Namespace) M__getattr__(name string) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "'types.SimpleNamespace' object has no attribute '%s'", name)
}

// reduceNamespace pickles and copies a namespace as types.SimpleNamespace(**attrs).
func reduceNamespace(self py.Object, args py.Tuple) (py.Object, error) {
	ns, ok := self.(*Namespace)
	if !ok || len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__reduce__() takes no arguments")
	}
	cls, err := importlib.ModuleAttr("types", "SimpleNamespace")
	if err != nil {
		return nil, err
	}
	state, err := ns.ordered()
	if err != nil {
		return nil, err
	}
	return py.Tuple{cls, py.Tuple{}, state}, nil
}
