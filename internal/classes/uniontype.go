package classes

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// types.UnionType (PEP 604): int | None, list[int] | str. `|` between two classes, None,
// generic aliases or unions makes one (flattened, without repeats, None kept as NoneType;
// a single member stands alone), printed as written, equal to a union of the same members
// in any order, and usable with isinstance and issubclass. A metaclass's own __or__ and
// typing's special forms (TypeVar, Optional...) answer `|` themselves first.

// UnionTypeType is types.UnionType.
var UnionTypeType = py.NewType("UnionType", "Represent a PEP 604 union type\n\nE.g. for int | str")

// UnionType is a union of classes such as int | str.
type UnionType struct {
	Args py.Tuple
}

// Type returns types.UnionType.
func (u *UnionType) Type() *py.Type { return UnionTypeType }

// unionable reports whether x may be a member of a union made by `|`.
func unionable(x py.Object) bool {
	switch x.(type) {
	case *py.Type, *GenericAlias, *UnionType:
		return true
	}
	return x == py.None
}

// unionOr is a | b for unionable operands; ok is false for the others.
func unionOr(a, b py.Object) (py.Object, bool, error) {
	if !unionable(a) || !unionable(b) || a == py.None && b == py.None {
		return nil, false, nil // None | None is NoneType's missing operator
	}
	var members py.Tuple
	add := func(x py.Object) error {
		if x == py.None {
			x = py.None.Type()
		}
		for _, m := range members {
			eq, err := objects.Equal(m, x)
			if err != nil {
				return err
			}
			if eq {
				return nil
			}
		}
		members = append(members, x)
		return nil
	}
	for _, x := range []py.Object{a, b} {
		items := py.Tuple{x}
		if u, ok := x.(*UnionType); ok {
			items = u.Args
		}
		for _, it := range items {
			if err := add(it); err != nil {
				return nil, true, err
			}
		}
	}
	if len(members) == 1 {
		return members[0], true, nil
	}
	return &UnionType{Args: members}, true, nil
}

func init() {
	compiler.UnionOr = unionOr
	builtins.Ready(UnionTypeType)
	d := UnionTypeType.Dict
	d["__module__"] = py.String("types")
	check := func(name string, test func(x, cls py.Object) (bool, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			u, ok := self.(*UnionType)
			if !ok || len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected 1 argument", name)
			}
			for _, m := range u.Args {
				ok, err := test(args[0], m)
				if err != nil || ok {
					return py.NewBool(ok), err
				}
			}
			return py.False, nil
		}, 0, "")
	}
	check("__instancecheck__", IsInstance)
	check("__subclasscheck__", IsSubclass)
}

// M__getattribute__ answers __args__ and __parameters__.
func (u *UnionType) M__getattribute__(name string) (py.Object, error) {
	switch name {
	case "__args__":
		return u.Args, nil
	case "__parameters__":
		var params py.Tuple
		for _, a := range u.Args {
			if isTypeVar(a) {
				params = append(params, a)
			}
		}
		if params == nil {
			params = py.Tuple{}
		}
		return params, nil
	case "__class__":
		return UnionTypeType, nil
	}
	if v, ok := UnionTypeType.Dict[name]; ok {
		if m, ok := v.(*py.Method); ok {
			return py.NewBoundMethod(u, m), nil
		}
		return v, nil
	}
	return py.GetAttrString(py.ObjectType, name)
}

// M__repr__ prints the members as written: int | None.
func (u *UnionType) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		if a == py.Object(py.None.Type()) {
			parts[i] = "None"
			continue
		}
		s, err := aliasItemRepr(a)
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	return py.String(strings.Join(parts, " | ")), nil
}

// M__or__ is u | other.
func (u *UnionType) M__or__(other py.Object) (py.Object, error) {
	res, ok, err := unionOr(u, other)
	if !ok {
		return py.NotImplemented, nil
	}
	return res, err
}

// M__ror__ is other | u.
func (u *UnionType) M__ror__(other py.Object) (py.Object, error) {
	res, ok, err := unionOr(other, u)
	if !ok {
		return py.NotImplemented, nil
	}
	return res, err
}

// M__eq__: unions of the same members, in any order, are equal.
func (u *UnionType) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*UnionType)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(o.Args) != len(u.Args) {
		return py.False, nil
	}
	for _, a := range u.Args {
		found := false
		for _, b := range o.Args {
			eq, err := objects.Equal(a, b)
			if err != nil {
				return nil, err
			}
			if eq {
				found = true
				break
			}
		}
		if !found {
			return py.False, nil
		}
	}
	return py.True, nil
}

// M__ne__ is the negation of M__eq__.
func (u *UnionType) M__ne__(other py.Object) (py.Object, error) {
	r, err := u.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__hash__ does not depend on the members' order.
func (u *UnionType) M__hash__() (py.Object, error) {
	var h int64
	for _, a := range u.Args {
		x, err := objects.Hash(a)
		if err != nil {
			return nil, err
		}
		h ^= int64(x)
	}
	return py.Int(h), nil
}
