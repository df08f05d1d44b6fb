package classes

import (
	"github.com/go-python/gpython/py"
)

// Property is the Python property type: a data descriptor calling fget/fset/fdel.
type Property struct {
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
    docstring`, propertyNew, nil)

// Type returns PropertyType.
func (p *Property) Type() *py.Type { return PropertyType }

func propertyNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := &Property{}
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
	if fget != py.None {
		if n, err := py.GetAttrString(fget, "__name__"); err == nil {
			if s, ok := n.(py.String); ok {
				p.name = string(s)
			}
		}
	}
	return p, nil
}

func (p *Property) errName(obj py.Object) string {
	return "property '" + p.name + "' of '" + obj.Type().Name + "' object"
}

// M__get__ calls fget(instance); on the class it returns the property itself.
func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no getter", p.errName(instance))
	}
	return py.Call(p.fget, py.Tuple{instance}, nil)
}

// M__set__ calls fset(instance, value).
func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no setter", p.errName(instance))
	}
	_, err := py.Call(p.fset, py.Tuple{instance, value}, nil)
	return py.None, err
}

// M__delete__ calls fdel(instance).
func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == py.None {
		return nil, py.ExceptionNewf(py.AttributeError, "%s has no deleter", p.errName(instance))
	}
	_, err := py.Call(p.fdel, py.Tuple{instance}, nil)
	return py.None, err
}

func (p *Property) copyWith(which int, f py.Object) *Property {
	q := *p
	switch which {
	case 0:
		q.fget = f
		if n, err := py.GetAttrString(f, "__name__"); err == nil {
			if s, ok := n.(py.String); ok {
				q.name = string(s)
			}
		}
	case 1:
		q.fset = f
	case 2:
		q.fdel = f
	}
	return &q
}

func init() {
	for i, n := range []string{"getter", "setter", "deleter"} {
		which := i
		name := n
		PropertyType.Dict[name] = NewMethod(name, "Descriptor to obtain a copy of the property with a different "+name+".",
			func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
				p, ok := self.(*Property)
				if !ok || len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument", name)
				}
				return p.copyWith(which, args[0]), nil
			})
	}
	field := func(get func(p *Property) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*Property)), nil }}
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
