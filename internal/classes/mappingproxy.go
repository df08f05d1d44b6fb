package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// MappingProxyType is types.MappingProxyType ('mappingproxy'): a read-only view of a
// mapping, and what a class's __dict__ is. The proxy of a class reads the class's
// namespace in definition order (ClassKeys).
var MappingProxyType = py.NewTypeX("mappingproxy", "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.", mappingProxyNew, nil)

// MappingProxy is a read-only view of a mapping, or of a class's namespace (cls set).
type MappingProxy struct {
	mapping py.Object // the mapping viewed (nil for a class)
	cls     *py.Type
}

// Type returns mappingproxy.
func (p *MappingProxy) Type() *py.Type { return MappingProxyType }

// ClassProxy returns cls.__dict__.
func ClassProxy(cls *py.Type) *MappingProxy { return &MappingProxy{cls: cls} }

func mappingProxyNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var m py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:mappingproxy", []string{"mapping"}, &m); err != nil {
		return nil, err
	}
	switch m.(type) {
	case *py.List, py.Tuple:
	default:
		if _, err := py.GetAttrString(m, "__getitem__"); err == nil {
			return &MappingProxy{mapping: m}, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "mappingproxy() argument must be a mapping, not %s", TypeOf(m).Name)
}

// target is the mapping the proxy answers from: the viewed one, or a dict of the class's
// namespace in order.
func (p *MappingProxy) target() py.Object {
	if p.cls != nil {
		return ClassDict(p.cls)
	}
	return p.mapping
}

// M__getitem__ implements proxy[k].
func (p *MappingProxy) M__getitem__(k py.Object) (py.Object, error) {
	if p.cls != nil {
		if s, ok := k.(py.String); ok {
			if v, ok := p.cls.Dict[string(s)]; ok {
				return v, nil
			}
		}
		exc, err := py.ExceptionNew(py.KeyError, py.Tuple{k}, nil)
		if err != nil {
			return nil, err
		}
		return nil, exc.(error)
	}
	return py.GetItem(p.mapping, k)
}

// M__setitem__ refuses, as CPython's.
func (p *MappingProxy) M__setitem__(k, v py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item assignment")
}

// M__delitem__ refuses, as CPython's.
func (p *MappingProxy) M__delitem__(k py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "'mappingproxy' object does not support item deletion")
}

// M__contains__ implements k in proxy.
func (p *MappingProxy) M__contains__(k py.Object) (py.Object, error) {
	if p.cls != nil {
		s, ok := k.(py.String)
		_, found := p.cls.Dict[string(s)]
		return py.NewBool(ok && found), nil
	}
	ok, err := objects.Contains(p.mapping, k)
	return py.NewBool(ok), err
}

// M__iter__ iterates over the keys (a class's in definition order).
func (p *MappingProxy) M__iter__() (py.Object, error) { return py.Iter(p.target()) }

// M__len__ implements len(proxy).
func (p *MappingProxy) M__len__() (py.Object, error) {
	if p.cls != nil {
		return py.Int(len(p.cls.Dict)), nil
	}
	return py.Len(p.mapping)
}

// M__reversed__ iterates over the keys backwards.
func (p *MappingProxy) M__reversed__() (py.Object, error) {
	m, err := py.GetAttrString(p.target(), "__reversed__")
	if err != nil {
		return nil, err
	}
	return py.Call(m, nil, nil)
}

// M__hash__ refuses: CPython 3.11's mappingproxy is unhashable.
func (p *MappingProxy) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'mappingproxy'")
}

// M__repr__ is mappingproxy({...}).
func (p *MappingProxy) M__repr__() (py.Object, error) {
	r, err := objects.Repr(p.target())
	if err != nil {
		return nil, err
	}
	return py.String("mappingproxy(" + r + ")"), nil
}

// M__str__ is the mapping's str.
func (p *MappingProxy) M__str__() (py.Object, error) {
	s, err := objects.Str(p.target())
	return py.String(s), err
}

// M__eq__ compares the mapping with other.
func (p *MappingProxy) M__eq__(other py.Object) (py.Object, error) {
	eq, err := objects.Equal(p.target(), other)
	return py.NewBool(eq), err
}

// M__ne__ is the negation of M__eq__.
func (p *MappingProxy) M__ne__(other py.Object) (py.Object, error) {
	eq, err := objects.Equal(p.target(), other)
	return py.NewBool(!eq), err
}

// M__or__ is dict(proxy) | other.
func (p *MappingProxy) M__or__(other py.Object) (py.Object, error) {
	if o, ok := other.(*MappingProxy); ok {
		other = o.target()
	}
	d, err := py.Call(objects.DictType, py.Tuple{p.target()}, nil)
	if err != nil {
		return nil, err
	}
	return py.Or(d, other)
}

// M__ror__ is other | dict(proxy).
func (p *MappingProxy) M__ror__(other py.Object) (py.Object, error) {
	d, err := py.Call(objects.DictType, py.Tuple{p.target()}, nil)
	if err != nil {
		return nil, err
	}
	return py.Or(other, d)
}

func init() {
	builtins.Ready(MappingProxyType)
	MappingProxyType.Flags |= compiler.FlagMapping
	d := MappingProxyType.Dict
	forward := func(name, doc string) {
		d[name] = NewMethodOf("mappingproxy", name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			p, ok := self.(*MappingProxy)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'mappingproxy' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			m, err := py.GetAttrString(p.target(), name)
			if err != nil {
				return nil, err
			}
			return py.Call(m, args, kwargs)
		})
	}
	forward("keys", "D.keys() -> a set-like object providing a view on D's keys")
	forward("values", "D.values() -> an object providing a view on D's values")
	forward("items", "D.items() -> a set-like object providing a view on D's items")
	forward("get", "Return the value for key if key is in the mapping, else default.")
	forward("copy", "D.copy() -> a shallow copy of D")
	d["__class_getitem__"] = ClassGetItem
}
