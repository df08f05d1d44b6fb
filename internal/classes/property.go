package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
)

// Property is the Python property type: a data descriptor calling fget/fset/fdel. It is a
// native type (it embeds Instance) so that Python classes can subclass it, override
// __get__/__set__ and add attributes.
type Property struct {
	Instance
	fget, fset, fdel py.Object
	doc              py.Object
	name             string
}

// PropertyType is the Python type "property".
var PropertyType = py.NewTypeX("property", `Property attribute.

  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring`, nil, nil)

// newProperty makes a property of class cls (property or a subclass) with its four fields.
func newProperty(cls *py.Type, fget, fset, fdel, doc py.Object) *Property {
	p := &Property{fget: fget, fset: fset, fdel: fdel, doc: doc}
	p.Init(cls, p)
	if cls == PropertyType {
		p.dict = nil // as in CPython, only instances of subclasses have a __dict__
	}
	return p
}

// propertyInit is property.__init__(fget=None, fset=None, fdel=None, doc=None): the doc
// defaults to fget's, and the name used in error messages is fget's __name__.
func propertyInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p, ok := self.(*Property)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'property' object but received a '%s'", self.Type().Name)
	}
	var fget, fset, fdel, doc py.Object = py.None, py.None, py.None, py.None
	err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &fget, &fset, &fdel, &doc)
	if err != nil {
		return nil, err
	}
	p.fget, p.fset, p.fdel, p.doc = fget, fset, fdel, doc
	if doc == py.None && fget != py.None {
		if d, err := py.GetAttrString(fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	p.name = ""
	if fget != py.None {
		if n, err := py.GetAttrString(fget, "__name__"); err == nil {
			if s, ok := n.(py.String); ok {
				p.name = string(s)
			}
		}
	}
	if p.Type() != PropertyType {
		// CPython stores the doc of a subclass instance in its __dict__.
		if err := p.SetAttrDirect("__doc__", p.doc); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func (p *Property) errName(obj py.Object) string {
	return "property '" + p.name + "' of '" + obj.Type().Name + "' object"
}

// get calls fget(instance); on the class it returns the property itself.
func (p *Property) get(instance py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no getter", p.errName(instance))
	}
	return py.Call(p.fget, py.Tuple{instance}, nil)
}

// set calls fset(instance, value).
func (p *Property) set(instance, value py.Object) (py.Object, error) {
	if p.fset == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no setter", p.errName(instance))
	}
	_, err := py.Call(p.fset, py.Tuple{instance, value}, nil)
	return py.None, err
}

// del calls fdel(instance).
func (p *Property) del(instance py.Object) (py.Object, error) {
	if p.fdel == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no deleter", p.errName(instance))
	}
	_, err := py.Call(p.fdel, py.Tuple{instance}, nil)
	return py.None, err
}

// copyWith is getter/setter/deleter: a copy with one function replaced, made by calling the
// property's own class, as CPython does, so that a subclass gets an instance of itself.
func (p *Property) copyWith(which int, f py.Object) (py.Object, error) {
	fns := []py.Object{p.fget, p.fset, p.fdel}
	fns[which] = f
	doc := p.doc
	if which == 0 && p.fget != py.None {
		// A docstring taken from the old getter follows the new one.
		if d, err := py.GetAttrString(p.fget, "__doc__"); err == nil && d == p.doc {
			doc = py.None
		}
	}
	if p.Type() == PropertyType {
		q := newProperty(PropertyType, nil, nil, nil, nil)
		if _, err := propertyInit(q, py.Tuple{fns[0], fns[1], fns[2], doc}, nil); err != nil {
			return nil, err
		}
		if which != 0 && p.name != "" {
			q.name = p.name
		}
		return q, nil
	}
	return py.Call(p.Type(), py.Tuple{fns[0], fns[1], fns[2], doc}, nil)
}

func init() {
	builtins.Ready(PropertyType, SuperType, unboundMethodType, memberDescrType)
	RegisterNative(PropertyType, func(cls *py.Type, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		return newProperty(cls, py.None, py.None, py.None, py.None), nil
	})
	PropertyType.Dict["__init__"] = NewMethodOf("property", "__init__", "Initialize self.", propertyInit)
	self := func(o py.Object) (*Property, error) {
		if p, ok := o.(*Property); ok {
			return p, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'property' object but received a '%s'", o.Type().Name)
	}
	PropertyType.Dict["__get__"] = NewMethodOf("property", "__get__", "Return an attribute of instance, which is of type owner.",
		func(o py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			p, err := self(o)
			if err != nil {
				return nil, err
			}
			if len(args) < 1 || len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 or 2 arguments, got %d", len(args))
			}
			return p.get(args[0])
		})
	PropertyType.Dict["__set__"] = NewMethodOf("property", "__set__", "Set an attribute of instance to value.",
		func(o py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			p, err := self(o)
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
			}
			return p.set(args[0], args[1])
		})
	PropertyType.Dict["__delete__"] = NewMethodOf("property", "__delete__", "Delete an attribute of instance.",
		func(o py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			p, err := self(o)
			if err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			return p.del(args[0])
		})
	for i, n := range []string{"getter", "setter", "deleter"} {
		which := i
		name := n
		PropertyType.Dict[name] = NewMethod(name, "Descriptor to obtain a copy of the property with a different "+name+".",
			func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
				p, ok := self.(*Property)
				if !ok || len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument", name)
				}
				return p.copyWith(which, args[0])
			})
	}
	field := func(get func(p *Property) py.Object) *py.Property {
		return &py.Property{Fget: func(o py.Object) (py.Object, error) {
			p, err := self(o)
			if err != nil {
				return nil, err
			}
			return get(p), nil
		}}
	}
	PropertyType.Dict["fget"] = field(func(p *Property) py.Object { return p.fget })
	PropertyType.Dict["fset"] = field(func(p *Property) py.Object { return p.fset })
	PropertyType.Dict["fdel"] = field(func(p *Property) py.Object { return p.fdel })
	PropertyType.Dict["__doc__"] = field(func(p *Property) py.Object { return p.doc })
	PropertyType.Dict["__set_name__"] = NewMethod("__set_name__", "Record the attribute name.",
		func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if p, ok := self.(*Property); ok && len(args) == 2 {
				if s, ok := args[1].(py.String); ok {
					p.name = string(s)
				}
			}
			return py.None, nil
		})
}
