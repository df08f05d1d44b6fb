package pickle

// This file is the only place that builds and reads Python dicts, sets and bytearrays.
//
// It does not import the object model: dicts, sets and frozensets are made by calling the
// builtins of that name (package objects installs its ordered dict and CPython-layout sets
// there when it is linked; gpython's py.StringDict and py.Set otherwise), and read through
// the methods objects' types provide (Items, SetItem, GetItem, Add). gpython's py.StringDict
// is read in sorted key order and its py.Set in the order its iterator gives.

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// orderedDict is the Go API of objects.Dict.
type orderedDict interface {
	Items() [][2]py.Object
	SetItem(k, v py.Object) error
	GetItem(k py.Object) (py.Object, bool, error)
}

// itemSet is the Go API of objects.Set and objects.FrozenSet.
type itemSet interface {
	Items() []py.Object
}

// addSet is the Go API of objects.Set.
type addSet interface {
	itemSet
	Add(x py.Object) error
}

// builtinCall calls the builtin called name (as installed in gpython's builtins module).
func builtinCall(name string, args py.Tuple) (py.Object, error) {
	return py.Call(nativeBuiltin(name), args, nil)
}

// newEmpty makes an empty instance of the builtin type called name through its Go
// constructor (calling the type from Python would also run __init__, which is not needed).
func newEmpty(name string) (py.Object, error) {
	if t, ok := nativeBuiltin(name).(*py.Type); ok && t.New != nil {
		return t.New(t, nil, nil)
	}
	return builtinCall(name, nil)
}

// newDict returns an empty dict.
func newDict() py.Object {
	d, err := newEmpty("dict")
	if err != nil {
		return py.NewStringDict()
	}
	return d
}

// dictSet does d[k] = v for any mapping d.
func dictSet(d, k, v py.Object) error {
	switch m := d.(type) {
	case orderedDict:
		return m.SetItem(k, v)
	case py.StringDict:
		if s, ok := k.(py.String); ok {
			m[string(s)] = v
			return nil
		}
	}
	_, err := py.SetItem(d, k, v)
	return err
}

// dictGet returns d[k] for a dict d; ok is false when k is absent or d is not a dict.
func dictGet(d, k py.Object) (v py.Object, ok bool, err error) {
	switch m := d.(type) {
	case orderedDict:
		return m.GetItem(k)
	case py.StringDict:
		if s, isStr := k.(py.String); isStr {
			v, ok = m[string(s)]
			return v, ok, nil
		}
	}
	return nil, false, nil
}

// dictItems returns the items of a dict, in iteration order.
func dictItems(obj py.Object) ([][2]py.Object, bool) {
	switch m := obj.(type) {
	case orderedDict:
		if !isDictType(obj.Type()) {
			return nil, false
		}
		return m.Items(), true
	case py.StringDict:
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		items := make([][2]py.Object, len(keys))
		for i, k := range keys {
			items[i] = [2]py.Object{py.String(k), m[k]}
		}
		return items, true
	}
	return nil, false
}

// isDictType reports whether t is dict or a subclass of it.
func isDictType(t *py.Type) bool { return hasBase(t, "dict") }

// hasBase reports whether t or a class in its MRO is the builtin called name.
func hasBase(t *py.Type, name string) bool {
	b := nativeBuiltin(name)
	if py.Object(t) == b {
		return true
	}
	for _, m := range t.Mro {
		if m == b {
			return true
		}
	}
	return false
}

// newSet returns an empty set.
func newSet() py.Object {
	s, err := newEmpty("set")
	if err != nil {
		return py.NewSet()
	}
	return s
}

// setAddAll adds items to a set, or calls its add method.
func setAddAll(set py.Object, items []py.Object) error {
	switch s := set.(type) {
	case addSet:
		for _, x := range items {
			if err := s.Add(x); err != nil {
				return err
			}
		}
		return nil
	case *py.Set:
		for _, x := range items {
			if err := checkHashable(x); err != nil {
				return err
			}
			s.Add(x)
		}
		return nil
	}
	add, err := getAttr(set, "add")
	if err != nil {
		return err
	}
	for _, x := range items {
		if _, err := py.Call(add, py.Tuple{x}, nil); err != nil {
			return err
		}
	}
	return nil
}

// newFrozenSet returns a frozenset of items.
func newFrozenSet(items []py.Object) (py.Object, error) {
	fs := nativeBuiltin("frozenset")
	if fs == py.FrozenSetType {
		for _, x := range items {
			if err := checkHashable(x); err != nil {
				return nil, err
			}
		}
		return py.NewFrozenSetFromItems(items), nil
	}
	return py.Call(fs, py.Tuple{py.NewListFromItems(items)}, nil)
}

// checkHashable rejects what gpython's Go-map sets cannot hold (a Go panic otherwise).
func checkHashable(x py.Object) error {
	switch x.(type) {
	case py.NoneType, py.Bool, py.Int, py.Float, py.Complex, py.String, *py.BigInt, *py.Type, *py.Function, *py.Method:
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", typeName(x))
}

// setItems returns the items of an exact set, in iteration order.
func setItems(obj py.Object) ([]py.Object, bool) {
	return setLike(obj, "set")
}

// frozenSetItems returns the items of an exact frozenset, in iteration order.
func frozenSetItems(obj py.Object) ([]py.Object, bool) {
	return setLike(obj, "frozenset")
}

func setLike(obj py.Object, name string) ([]py.Object, bool) {
	if py.Object(obj.Type()) != nativeBuiltin(name) {
		return nil, false
	}
	if s, ok := obj.(itemSet); ok {
		return s.Items(), true
	}
	var items []py.Object
	if err := py.Iterate(obj, func(x py.Object) bool {
		items = append(items, x)
		return false
	}); err != nil {
		return nil, false
	}
	return items, true
}

// constructible returns pickle's own bytearray type in place of the builtin bytearray while
// the latter cannot be constructed from Go (protocol 0-4 pickles call bytearray(bytes)).
func constructible(x py.Object) py.Object {
	if t, ok := x.(*py.Type); ok && t.Name == "bytearray" && t.New == nil && t != ByteArrayType {
		return ByteArrayType
	}
	return x
}

// newByteArray makes a bytearray (BYTEARRAY8).
func newByteArray(ctx py.Context, data []byte) (py.Object, error) {
	return objects.NewByteArray(data), nil
}
