package pickle

// This file is the only place that builds and reads Python dicts, sets and bytearrays, so
// that changes in the object model (package objects) touch this file alone.
//
// Dicts and sets are objects.Dict / objects.Set / objects.FrozenSet (insertion-ordered dict,
// CPython-layout sets: iteration order, and so the pickle bytes, match CPython's). gpython's
// own py.StringDict (still used for keyword arguments and some instance dicts) is accepted
// on input and read in sorted key order.

import (
	"sort"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/objects"
)

// newDict returns an empty dict.
func newDict() py.Object { return objects.NewDict() }

// dictSet does d[k] = v for any mapping d.
func dictSet(d, k, v py.Object) error {
	switch m := d.(type) {
	case *objects.Dict:
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
	case *objects.Dict:
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
	case *objects.Dict:
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

// newSet returns an empty set.
func newSet() py.Object { return objects.NewSet() }

// setAddAll adds items to a set, or calls its add method.
func setAddAll(set py.Object, items []py.Object) error {
	if s, ok := set.(*objects.Set); ok {
		for _, x := range items {
			if err := s.Add(x); err != nil {
				return err
			}
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
	return objects.NewFrozenSet(items)
}

// setItems returns the items of an exact set, in iteration order.
func setItems(obj py.Object) ([]py.Object, bool) {
	s, ok := obj.(*objects.Set)
	if !ok {
		return nil, false
	}
	return s.Items(), true
}

// frozenSetItems returns the items of an exact frozenset, in iteration order.
func frozenSetItems(obj py.Object) ([]py.Object, bool) {
	s, ok := obj.(*objects.FrozenSet)
	if !ok {
		return nil, false
	}
	return s.Items(), true
}

// isDictType reports whether t is dict or a subclass of it.
func isDictType(t *py.Type) bool { return t.IsSubtype(objects.DictType) || t == py.StringDictType }

// constructible returns pickle's own bytearray type in place of the builtin bytearray while
// the latter cannot be constructed from Go (protocol 0-4 pickles call bytearray(bytes)).
func constructible(x py.Object) py.Object {
	if t, ok := x.(*py.Type); ok && t == objects.ByteArrayType && t.New == nil {
		return ByteArrayType
	}
	return x
}

// newByteArray makes a bytearray (objects.ByteArray, the builtin type).
func newByteArray(ctx py.Context, data []byte) (py.Object, error) {
	return objects.NewByteArray(data), nil
}

// byteArrayData returns the contents of a bytearray: the builtin objects.ByteArray, or
// pickle's own ByteArray type.
func byteArrayData(obj py.Object) ([]byte, bool) {
	switch b := obj.(type) {
	case *objects.ByteArray:
		return b.Bytes(), true
	case *ByteArray:
		return b.Data, true
	}
	return nil, false
}
