package objects

import (
	"strings"

	"github.com/go-python/gpython/py"
)

type iterKind int

const (
	iterKeys iterKind = iota
	iterValues
	iterItems
)

var (
	dictKeyIterType   = py.NewType("dict_keyiterator", "")
	dictValueIterType = py.NewType("dict_valueiterator", "")
	dictItemIterType  = py.NewType("dict_itemiterator", "")
	dictKeysType      = py.NewType("dict_keys", "")
	dictValuesType    = py.NewType("dict_values", "")
	dictItemsType     = py.NewType("dict_items", "")
)

// dictIter iterates over a dict's keys, values or items.
type dictIter struct {
	it   *tableIter
	kind iterKind
}

func newDictIter(d *Dict, kind iterKind) *dictIter {
	return &dictIter{it: newTableIter(&d.t, "dictionary"), kind: kind}
}

// Type returns the iterator's type.
func (i *dictIter) Type() *py.Type {
	switch i.kind {
	case iterValues:
		return dictValueIterType
	case iterItems:
		return dictItemIterType
	}
	return dictKeyIterType
}

// M__iter__ returns the iterator itself.
func (i *dictIter) M__iter__() (py.Object, error) { return i, nil }

// M__next__ returns the next key, value or (key, value).
func (i *dictIter) M__next__() (py.Object, error) {
	e, err := i.it.next()
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, py.StopIteration
	}
	switch i.kind {
	case iterValues:
		return e.value, nil
	case iterItems:
		return py.Tuple{e.key, e.value}, nil
	}
	return e.key, nil
}

// dictView is dict.keys(), dict.values() or dict.items(): a live view of the dict.
type dictView struct {
	d    *Dict
	kind iterKind
}

// Type returns dict_keys, dict_values or dict_items.
func (v *dictView) Type() *py.Type {
	switch v.kind {
	case iterValues:
		return dictValuesType
	case iterItems:
		return dictItemsType
	}
	return dictKeysType
}

// M__len__ implements len(view).
func (v *dictView) M__len__() (py.Object, error) { return py.Int(v.d.t.used), nil }

// M__iter__ iterates over the view.
func (v *dictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind), nil }

// M__reversed__ iterates backwards.
func (v *dictView) M__reversed__() (py.Object, error) {
	items, err := v.list()
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return py.NewIterator(py.Tuple(items)), nil
}

// list returns the view's current contents.
func (v *dictView) list() ([]py.Object, error) {
	out := make([]py.Object, 0, v.d.t.used)
	for _, kv := range v.d.Items() {
		switch v.kind {
		case iterKeys:
			out = append(out, kv[0])
		case iterValues:
			out = append(out, kv[1])
		default:
			out = append(out, py.Tuple{kv[0], kv[1]})
		}
	}
	return out, nil
}

// M__contains__ implements x in view.
func (v *dictView) M__contains__(x py.Object) (py.Object, error) {
	switch v.kind {
	case iterKeys:
		return v.d.M__contains__(x)
	case iterItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return py.False, nil
		}
		val, ok, err := v.d.GetItem(t[0])
		if err != nil || !ok {
			return py.False, err
		}
		eq, err := Equal(val, t[1])
		return py.NewBool(eq), err
	}
	for _, kv := range v.d.Items() {
		eq, err := Equal(kv[1], x)
		if err != nil {
			return nil, err
		}
		if eq {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__repr__ implements repr(view), e.g. dict_keys([1, 2]).
func (v *dictView) M__repr__() (py.Object, error) {
	if !reprEnter(v.d) {
		return py.String("..."), nil
	}
	defer reprLeave(v.d)
	items, err := v.list()
	if err != nil {
		return nil, err
	}
	s, err := reprSeq(items, "[", "]")
	if err != nil {
		return nil, err
	}
	return py.String(v.Type().Name + "(" + s + ")"), nil
}

// reprSeq joins the reprs of items between open and close.
func reprSeq(items []py.Object, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(x)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

// setLike returns the view as a set for set operations (keys and items views only).
func (v *dictView) setLike() (*Set, bool, error) {
	if v.kind == iterValues {
		return nil, false, nil
	}
	s := NewSet()
	if v.kind == iterKeys {
		// set(d.keys()) reuses the dict's stored hashes.
		return s, true, s.t.addAll(v.d)
	}
	items, err := v.list()
	if err != nil {
		return nil, false, err
	}
	for _, x := range items {
		if err := s.Add(x); err != nil {
			return nil, false, err
		}
	}
	return s, true, nil
}

func (v *dictView) setOp(other py.Object, op func(a, b *Set) (py.Object, error), reflected bool) (py.Object, error) {
	a, ok, err := v.setLike()
	if err != nil || !ok {
		return py.NotImplemented, err
	}
	b, err := anyToSet(other)
	if err != nil {
		return py.NotImplemented, nil
	}
	if reflected {
		return op(b, a)
	}
	return op(a, b)
}

func anyToSet(x py.Object) (*Set, error) {
	if v, ok := x.(*dictView); ok {
		s, ok, err := v.setLike()
		if ok || err != nil {
			return s, err
		}
	}
	s := NewSet()
	return s, s.t.addAll(x)
}

func setAnd(a, b *Set) (py.Object, error) { return a.intersection(b) }
func setOr(a, b *Set) (py.Object, error)  { return a.union(b) }
func setSub(a, b *Set) (py.Object, error) { return a.difference(b) }
func setXor(a, b *Set) (py.Object, error) { return a.symmetricDifference(b) }

// M__and__ implements view & other.
func (v *dictView) M__and__(o py.Object) (py.Object, error) { return v.setOp(o, setAnd, false) }

// M__rand__ implements other & view.
func (v *dictView) M__rand__(o py.Object) (py.Object, error) { return v.setOp(o, setAnd, true) }

// M__or__ implements view | other.
func (v *dictView) M__or__(o py.Object) (py.Object, error) { return v.setOp(o, setOr, false) }

// M__ror__ implements other | view.
func (v *dictView) M__ror__(o py.Object) (py.Object, error) { return v.setOp(o, setOr, true) }

// M__sub__ implements view - other.
func (v *dictView) M__sub__(o py.Object) (py.Object, error) { return v.setOp(o, setSub, false) }

// M__rsub__ implements other - view.
func (v *dictView) M__rsub__(o py.Object) (py.Object, error) { return v.setOp(o, setSub, true) }

// M__xor__ implements view ^ other.
func (v *dictView) M__xor__(o py.Object) (py.Object, error) { return v.setOp(o, setXor, false) }

// M__rxor__ implements other ^ view.
func (v *dictView) M__rxor__(o py.Object) (py.Object, error) { return v.setOp(o, setXor, true) }

// M__eq__ compares keys/items views like sets.
func (v *dictView) M__eq__(o py.Object) (py.Object, error) {
	a, ok, err := v.setLike()
	if err != nil || !ok {
		if ov, isView := o.(*dictView); isView && ov == v {
			return py.True, err
		}
		return py.NotImplemented, err
	}
	switch o.(type) {
	case *Set, *FrozenSet, *dictView:
	default:
		return py.NotImplemented, nil
	}
	b, err := anyToSet(o)
	if err != nil {
		return nil, err
	}
	return setEq(&a.t, &b.t)
}

func init() {
	isdisjoint := method("isdisjoint", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := oneArg(self, "isdisjoint", args); err != nil {
			return nil, err
		}
		a, _, err := self.(*dictView).setLike()
		if err != nil {
			return nil, err
		}
		return a.isDisjoint(args[0])
	})
	addMethods(dictKeysType, isdisjoint)
	addMethods(dictItemsType, isdisjoint)
	for _, t := range []*py.Type{dictKeyIterType, dictValueIterType, dictItemIterType, dictKeysType, dictValuesType, dictItemsType} {
		t.Flags &^= py.TPFLAGS_BASETYPE
	}
}
