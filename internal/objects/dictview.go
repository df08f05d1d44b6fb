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
	d.pull()
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

// The set operators of keys and items views follow CPython 3.11 step by step (a set made
// from the left operand, then updated from the right one), so that the resulting sets are
// laid out, and print, as CPython's. They accept any iterable operand, on either side.

// viewToSet is set(x), made from the dict itself (presized) for a keys view.
func viewToSet(x py.Object) (*Set, error) {
	s := NewSet()
	if v, ok := x.(*dictView); ok && v.kind == iterKeys {
		return s, s.t.addAll(v.d)
	}
	return s, s.t.addAll(x)
}

// viewOperands orders the operands of a view operator: self is the left operand.
func viewOperands(v *dictView, other py.Object, reflected bool) (left, right py.Object) {
	if reflected {
		return other, v
	}
	return v, other
}

func (v *dictView) setOp(other py.Object, update func(s *Set, other py.Object) error, reflected bool) (py.Object, error) {
	if v.kind == iterValues {
		return py.NotImplemented, nil
	}
	left, right := viewOperands(v, other, reflected)
	s, err := viewToSet(left)
	if err != nil {
		return nil, err
	}
	if err := update(s, right); err != nil {
		return nil, err
	}
	return s, nil
}

func viewOr(s *Set, o py.Object) error  { return s.t.addAll(o) }
func viewSub(s *Set, o py.Object) error { return discardAll(&s.t, o) }
func viewXor(s *Set, o py.Object) error { return symDiffUpdate(&s.t, o) }

// viewAnd is CPython's _PyDictView_Intersect: it iterates the smaller operand when both
// are views, lets set.intersection work when the other operand is a larger set.
func (v *dictView) viewAnd(other py.Object) (py.Object, error) {
	if v.kind == iterValues {
		return py.NotImplemented, nil
	}
	self := v
	if s, ok := other.(*Set); ok && v.d.Len() <= s.Len() {
		return intersectionOf(s, v)
	}
	if ov, ok := other.(*dictView); ok && ov.kind != iterValues && ov.d.Len() > self.d.Len() {
		self, other = ov, self
	}
	r := NewSet()
	err := iterate(other, func(x py.Object) (bool, error) {
		in, err := self.M__contains__(x)
		if err == nil && in == py.True {
			err = r.Add(x)
		}
		return true, err
	})
	if err != nil {
		return nil, err
	}
	return r, nil
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

// M__and__ implements view & other.
func (v *dictView) M__and__(o py.Object) (py.Object, error) { return v.viewAnd(o) }

// M__rand__ implements other & view.
func (v *dictView) M__rand__(o py.Object) (py.Object, error) { return v.viewAnd(o) }

// M__or__ implements view | other.
func (v *dictView) M__or__(o py.Object) (py.Object, error) { return v.setOp(o, viewOr, false) }

// M__ror__ implements other | view.
func (v *dictView) M__ror__(o py.Object) (py.Object, error) { return v.setOp(o, viewOr, true) }

// M__sub__ implements view - other.
func (v *dictView) M__sub__(o py.Object) (py.Object, error) { return v.setOp(o, viewSub, false) }

// M__rsub__ implements other - view.
func (v *dictView) M__rsub__(o py.Object) (py.Object, error) { return v.setOp(o, viewSub, true) }

// M__xor__ implements view ^ other.
func (v *dictView) M__xor__(o py.Object) (py.Object, error) { return v.setOp(o, viewXor, false) }

// M__rxor__ implements other ^ view.
func (v *dictView) M__rxor__(o py.Object) (py.Object, error) { return v.setOp(o, viewXor, true) }

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

// compare implements the set comparisons of keys and items views with a set, a frozenset
// or another such view.
func (v *dictView) compare(op string, o py.Object) (py.Object, error) {
	a, ok, err := v.setLike()
	if err != nil || !ok {
		return py.NotImplemented, err
	}
	switch x := o.(type) {
	case *Set, *FrozenSet:
	case *dictView:
		if x.kind == iterValues {
			return py.NotImplemented, nil
		}
	default:
		return py.NotImplemented, nil
	}
	b, err := anyToSet(o)
	if err != nil {
		return nil, err
	}
	return cmpMethod(op, &a.t, b)
}

// M__ne__ implements view != other.
func (v *dictView) M__ne__(o py.Object) (py.Object, error) {
	r, err := v.M__eq__(o)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__lt__ implements view < other.
func (v *dictView) M__lt__(o py.Object) (py.Object, error) { return v.compare("<", o) }

// M__le__ implements view <= other.
func (v *dictView) M__le__(o py.Object) (py.Object, error) { return v.compare("<=", o) }

// M__gt__ implements view > other.
func (v *dictView) M__gt__(o py.Object) (py.Object, error) { return v.compare(">", o) }

// M__ge__ implements view >= other.
func (v *dictView) M__ge__(o py.Object) (py.Object, error) { return v.compare(">=", o) }

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
