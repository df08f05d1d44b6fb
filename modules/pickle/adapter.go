package pickle

// This file is the only place that builds and reads Python dicts and sets, so that the
// pickler can move from gpython's py.StringDict / py.Set to the object model's ordered
// dict and set (package objects) by changing this file alone.
//
// With gpython's types: dicts only take str keys and neither dicts nor sets keep an order,
// so items are returned sorted (by key, or by repr for sets) to keep dumps deterministic.

import (
	"sort"
	"strconv"

	"github.com/go-python/gpython/py"
)

// newDict returns an empty dict.
func newDict() py.Object { return py.NewStringDict() }

// dictSet does d[k] = v for any mapping d.
func dictSet(d, k, v py.Object) error {
	if sd, ok := d.(py.StringDict); ok {
		if s, ok := k.(py.String); ok {
			sd[string(s)] = v
			return nil
		}
	}
	_, err := py.SetItem(d, k, v)
	return err
}

// dictGet returns d[k] for a dict d; ok is false when k is absent or d is not a dict.
func dictGet(d, k py.Object) (v py.Object, ok bool, err error) {
	sd, isDict := d.(py.StringDict)
	if !isDict {
		return nil, false, nil
	}
	s, isStr := k.(py.String)
	if !isStr {
		return nil, false, nil
	}
	v, ok = sd[string(s)]
	return v, ok, nil
}

// dictItems returns the items of an exact dict, in iteration order.
func dictItems(obj py.Object) ([][2]py.Object, bool) {
	sd, ok := obj.(py.StringDict)
	if !ok {
		return nil, false
	}
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([][2]py.Object, len(keys))
	for i, k := range keys {
		items[i] = [2]py.Object{py.String(k), sd[k]}
	}
	return items, true
}

// newSet returns an empty set.
func newSet() py.Object { return py.NewSet() }

// setAddAll adds items to a set, or calls its add method.
func setAddAll(set py.Object, items []py.Object) error {
	if s, ok := set.(*py.Set); ok {
		for _, x := range items {
			if err := checkHashable(x); err != nil {
				return err
			}
			s.Add(x)
		}
		return nil
	}
	add, err := py.GetAttrString(set, "add")
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
	for _, x := range items {
		if err := checkHashable(x); err != nil {
			return nil, err
		}
	}
	return py.NewFrozenSetFromItems(items), nil
}

// checkHashable rejects the values gpython's Go-map sets cannot hold.
func checkHashable(x py.Object) error {
	switch x.(type) {
	case *py.List, py.StringDict, *py.Set, py.Tuple, py.Bytes, *ByteArray:
		if _, ok := x.(py.Tuple); ok {
			return py.ExceptionNewf(py.TypeError, "unhashable type: 'tuple' (not supported by gpython sets)")
		}
		if _, ok := x.(py.Bytes); ok {
			return py.ExceptionNewf(py.TypeError, "unhashable type: 'bytes' (not supported by gpython sets)")
		}
		return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", typeName(x))
	}
	return nil
}

// setItems returns the items of an exact set.
func setItems(obj py.Object) ([]py.Object, bool) {
	s, ok := obj.(*py.Set)
	if !ok {
		return nil, false
	}
	return sortedItems(s), true
}

// frozenSetItems returns the items of an exact frozenset.
func frozenSetItems(obj py.Object) ([]py.Object, bool) {
	s, ok := obj.(*py.FrozenSet)
	if !ok {
		return nil, false
	}
	return sortedItems(s), true
}

func sortedItems(s py.Object) []py.Object {
	var items []py.Object
	_ = py.Iterate(s, func(x py.Object) bool {
		items = append(items, x)
		return false
	})
	sort.Slice(items, func(i, j int) bool { return setOrderKey(items[i]) < setOrderKey(items[j]) })
	return items
}

func setOrderKey(x py.Object) string {
	if i, ok := x.(py.Int); ok && i >= 0 {
		// Small non-negative ints iterate in numeric order in CPython's sets.
		d := strconv.FormatInt(int64(i), 10)
		return "\x00" + string(rune('a'+len(d))) + d
	}
	return reprOf(x)
}
