package classes

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// types.GenericAlias (PEP 585): list[int], dict[str, T], deque[int] ... An alias remembers
// its origin class and arguments, prints as written, calls the origin to make instances
// (recording itself as their __orig_class__), stands for the origin as a base class
// (__mro_entries__), substitutes type variables (dict[K, T][str, int]) and forwards other
// attribute reads to the origin, as CPython's C implementation does.

// GenericAliasType is types.GenericAlias.
var GenericAliasType = py.NewTypeX("GenericAlias", `Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).`, genericAliasNew, nil)

// GenericAlias is a parameterized class such as list[int].
type GenericAlias struct {
	Origin py.Object
	Args   py.Tuple
	params py.Tuple // the type variables among Args, computed on first use
}

// Type returns types.GenericAlias.
func (g *GenericAlias) Type() *py.Type { return GenericAliasType }

// NewGenericAlias returns origin[args]; a single argument that is not a tuple stands alone.
func NewGenericAlias(origin, args py.Object) *GenericAlias {
	t, ok := args.(py.Tuple)
	if !ok {
		t = py.Tuple{args}
	}
	return &GenericAlias{Origin: origin, Args: t}
}

func genericAliasNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "GenericAlias() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
	}
	return NewGenericAlias(args[0], args[1]), nil
}

// ClassGetItem is the classmethod __class_getitem__ of the classes that CPython makes
// generic: cls[item] is GenericAlias(cls, item).
var ClassGetItem = &py.ClassMethod{Callable: py.MustNewMethod("__class_getitem__",
	func(self py.Object, args py.Tuple) (py.Object, error) {
		if _, ok := self.(*py.Type); ok && len(args) == 1 {
			return NewGenericAlias(self, args[0]), nil
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "__class_getitem__ expected 1 argument, got %d", max(len(args)-1, 0))
		}
		return NewGenericAlias(args[0], args[1]), nil
	}, 0, "See PEP 585"), Dict: py.StringDict{}}

// installClassGetItem makes list[int], dict[str, int], type[C] ... generic aliases (change
// classes/class-getitem).
func installClassGetItem() {
	for _, t := range []*py.Type{py.ListType, objects.DictType, py.TupleType, objects.SetType, py.TypeType,
		objects.FrozenSetType, objects.EnumerateType} {
		t.Dict["__class_getitem__"] = ClassGetItem
	}
}

func init() {
	builtins.Ready(GenericAliasType)
	GenericAliasType.Dict["__module__"] = py.String("types")
	objects.ClassGetItem = func(t *py.Type, key py.Object) (py.Object, error) {
		return classDunder(t, "__getitem__", py.Tuple{key})
	}
	d := GenericAliasType.Dict
	d["__mro_entries__"] = py.MustNewMethod("__mro_entries__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Tuple{self.(*GenericAlias).Origin}, nil
	}, 0, "")
	d["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		g := self.(*GenericAlias)
		return py.Tuple{GenericAliasType, py.Tuple{g.Origin, g.Args}}, nil
	}, 0, "")
	d["__instancecheck__"] = py.MustNewMethod("__instancecheck__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
	}, 0, "")
	d["__subclasscheck__"] = py.MustNewMethod("__subclasscheck__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
	}, 0, "")
}

// own lists the attributes an alias answers itself; the others are the origin's.
var genericAliasOwn = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

// M__getattribute__ answers __origin__, __args__, __parameters__ ..., and forwards the rest
// to the origin (list[int].__name__ is 'list').
func (g *GenericAlias) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__origin__":
		return g.Origin, nil
	case "__args__":
		return g.Args, nil
	case "__parameters__":
		return g.parameters(), nil
	case "__unpacked__":
		return py.False, nil
	case "__class__":
		return GenericAliasType, nil
	case "__typing_unpacked_tuple_args__":
		return py.None, nil
	}
	if genericAliasOwn[name] {
		if v, ok := GenericAliasType.Dict[name]; ok {
			if m, ok := v.(*py.Method); ok {
				return py.NewBoundMethod(g, m), nil
			}
			return v, nil
		}
		return py.GetAttrString(py.ObjectType, name)
	}
	return py.GetAttrString(g.Origin, name)
}

// M__call__ makes an instance of the origin and records the alias as its __orig_class__.
func (g *GenericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	obj, err := py.Call(g.Origin, args, kwargs)
	if err != nil {
		return nil, err
	}
	// Objects that take no attributes (builtins' instances) simply do not get it.
	_, _ = py.SetAttrString(obj, "__orig_class__", g)
	return obj, nil
}

// M__repr__ is the alias as written: list[int], dict[str, list[~T]], tuple[()].
func (g *GenericAlias) M__repr__() (py.Object, error) {
	var b strings.Builder
	s, err := aliasItemRepr(g.Origin)
	if err != nil {
		return nil, err
	}
	b.WriteString(s)
	b.WriteByte('[')
	if len(g.Args) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := aliasItemRepr(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return py.String(b.String()), nil
}

// aliasItemRepr is how an origin or argument appears in an alias's repr: ... for Ellipsis,
// another alias's repr, a class's qualified name (with its module unless builtins), repr()
// for anything else.
func aliasItemRepr(x py.Object) (string, error) {
	if x == py.Ellipsis {
		return "...", nil
	}
	if _, ok := x.(*GenericAlias); ok {
		return objects.Repr(x)
	}
	if _, err := py.GetAttrString(x, "__origin__"); err == nil {
		if _, err := py.GetAttrString(x, "__args__"); err == nil {
			return objects.Repr(x)
		}
	}
	q, err1 := py.GetAttrString(x, "__qualname__")
	m, err2 := py.GetAttrString(x, "__module__")
	if err1 == nil && err2 == nil {
		qs, ok1 := q.(py.String)
		ms, ok2 := m.(py.String)
		if ok1 && ok2 {
			if ms == "builtins" {
				return string(qs), nil
			}
			return string(ms) + "." + string(qs), nil
		}
	}
	return objects.Repr(x)
}

// M__eq__ compares origin and arguments.
func (g *GenericAlias) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*GenericAlias)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := objects.Equal(g.Origin, o.Origin)
	if err != nil || !eq {
		return py.NewBool(eq), err
	}
	eq, err = objects.Equal(g.Args, o.Args)
	return py.NewBool(eq), err
}

// M__ne__ is the negation of M__eq__.
func (g *GenericAlias) M__ne__(other py.Object) (py.Object, error) {
	r, err := g.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__hash__ combines the hashes of origin and arguments.
func (g *GenericAlias) M__hash__() (py.Object, error) {
	h1, err := objects.Hash(g.Origin)
	if err != nil {
		return nil, err
	}
	h2, err := objects.Hash(g.Args)
	if err != nil {
		return nil, err
	}
	return py.Int(h1 ^ h2), nil
}

// isTypeVar reports whether x is a type variable that an alias can be subscripted for:
// typing's TypeVar and ParamSpec (anything offering __typing_subst__, as in 3.11).
func isTypeVar(x py.Object) bool {
	if _, ok := x.(*py.Type); ok {
		return false
	}
	if _, err := py.GetAttrString(x, "__typing_subst__"); err == nil {
		return true
	}
	name := TypeOf(x).Name
	return name == "TypeVar" || name == "ParamSpec" || name == "TypeVarTuple"
}

func (g *GenericAlias) parameters() py.Tuple {
	if g.params != nil {
		return g.params
	}
	params := py.Tuple{}
	add := func(p py.Object) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, p)
	}
	var walk func(args py.Tuple)
	walk = func(args py.Tuple) {
		for _, a := range args {
			switch {
			case isTypeVar(a):
				add(a)
			default:
				if sub, err := py.GetAttrString(a, "__parameters__"); err == nil {
					if t, ok := sub.(py.Tuple); ok {
						for _, p := range t {
							add(p)
						}
					}
				} else if l, ok := a.(*py.List); ok {
					walk(py.Tuple(l.Items))
				}
			}
		}
	}
	walk(g.Args)
	g.params = params
	return params
}

// M__getitem__ substitutes the alias's type variables: dict[K, list[T]][str, int].
func (g *GenericAlias) M__getitem__(key py.Object) (py.Object, error) {
	params := g.parameters()
	if len(params) == 0 {
		r, err := g.M__repr__()
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s is not a generic class", r)
	}
	items, ok := key.(py.Tuple)
	if !ok {
		items = py.Tuple{key}
	}
	if len(items) != len(params) {
		r, err := g.M__repr__()
		if err != nil {
			return nil, err
		}
		which := "many"
		if len(items) < len(params) {
			which = "few"
		}
		return nil, py.ExceptionNewf(py.TypeError, "Too %s arguments for %s; actual %d, expected %d", which, r, len(items), len(params))
	}
	subst := func(a py.Object) (py.Object, error) {
		for i, p := range params {
			if p == a {
				return items[i], nil
			}
		}
		sub, err := py.GetAttrString(a, "__parameters__")
		if err != nil {
			return a, nil
		}
		t, ok := sub.(py.Tuple)
		if !ok || len(t) == 0 {
			return a, nil
		}
		inner := make(py.Tuple, len(t))
		for j, p := range t {
			inner[j] = p
			for i, q := range params {
				if q == p {
					inner[j] = items[i]
				}
			}
		}
		var k py.Object = inner
		if len(inner) == 1 {
			k = inner[0]
		}
		return py.GetItem(a, k)
	}
	args := make(py.Tuple, len(g.Args))
	for i, a := range g.Args {
		v, err := subst(a)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return &GenericAlias{Origin: g.Origin, Args: args}, nil
}
