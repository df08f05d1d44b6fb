package objects

import (
	"github.com/go-python/gpython/py"
)

// SetType is Python's set type as gopy provides it.
var SetType = py.NewTypeX("set", "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.", setNew, setInit)

// FrozenSetType is Python's frozenset type as gopy provides it.
var FrozenSetType = py.NewType("frozenset", "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.")

func init() { FrozenSetType.New = frozenSetNew }

// Set is a Python set.
type Set struct {
	t     setTable
	owner Owner // the instance of a Python subclass wrapping this set (for its repr)
}

// FrozenSet is a Python frozenset.
type FrozenSet struct {
	t     setTable
	owner Owner // the instance of a Python subclass wrapping this frozenset (for its repr)
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns a frozenset of items (an unhashable item is a TypeError).
func NewFrozenSet(items []py.Object) (*FrozenSet, error) {
	f := &FrozenSet{}
	for _, x := range items {
		if _, err := f.t.addObj(x); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// Type returns set.
func (s *Set) Type() *py.Type { return SetType }

// Type returns frozenset.
func (f *FrozenSet) Type() *py.Type { return FrozenSetType }

// Add adds x to the set.
func (s *Set) Add(x py.Object) error {
	_, err := s.t.addObj(x)
	return err
}

// Items returns the members in iteration order.
func (s *Set) Items() []py.Object { return s.t.items() }

// Items returns the members in iteration order.
func (f *FrozenSet) Items() []py.Object { return f.t.items() }

// Len returns the number of members.
func (s *Set) Len() int { return s.t.used }

// Len returns the number of members.
func (f *FrozenSet) Len() int { return f.t.used }

// Contains reports whether x is a member.
func (s *Set) Contains(x py.Object) (bool, error) { return s.t.contains(x) }

// asSetTable returns the table of a set or frozenset.
func asSetTable(x py.Object) (*setTable, bool) {
	switch v := x.(type) {
	case *Set:
		return &v.t, true
	case *FrozenSet:
		return &v.t, true
	}
	return nil, false
}

// hash is CPython's frozenset hash (independent of order).
func (f *FrozenSet) hash() (int64, error) {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range f.t.slots {
		if e.key != nil && e.key != dummyKey {
			h ^= shuffle(uint64(e.hash))
		}
	}
	size := uint64(len(f.t.slots))
	if size == 0 {
		size = setMinSize
	}
	if (size-uint64(f.t.fill))&1 != 0 {
		h ^= shuffle(0)
	}
	if (f.t.fill-f.t.used)&1 != 0 {
		h ^= shuffle(^uint64(0))
	}
	h ^= (uint64(f.t.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h), nil
}

// M__hash__ implements hash(frozenset).
func (f *FrozenSet) M__hash__() (py.Object, error) {
	h, err := f.hash()
	return py.Int(h), err
}

func setEq(a, b *setTable) (py.Object, error) {
	if a.used != b.used {
		return py.False, nil
	}
	return subset(a, b)
}

func subset(a, b *setTable) (py.Object, error) {
	if a.used > b.used {
		return py.False, nil
	}
	for _, e := range a.occupied() {
		ok, err := b.has(e)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.False, nil
		}
	}
	return py.True, nil
}

// setCompare implements ==, !=, <, <=, >, >= between set-likes (nil when other is not one).
func setCompare(op string, a *setTable, other py.Object) (py.Object, error) {
	b, ok := asSetTable(other)
	if !ok {
		return nil, nil
	}
	switch op {
	case "==":
		return setEq(a, b)
	case "!=":
		r, err := setEq(a, b)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r == py.False), nil
	case "<=":
		return subset(a, b)
	case ">=":
		return subset(b, a)
	case "<":
		if a.used >= b.used {
			return py.False, nil
		}
		return subset(a, b)
	case ">":
		if a.used <= b.used {
			return py.False, nil
		}
		return subset(b, a)
	}
	return nil, nil
}

func reprSet(name string, t *setTable, self py.Object) (py.Object, error) {
	if t.used == 0 {
		return py.String(name + "()"), nil
	}
	if !reprEnter(self) {
		return py.String(name + "(...)"), nil
	}
	defer reprLeave(self)
	s, err := reprSeq(t.items(), "{", "}")
	if err != nil {
		return nil, err
	}
	if name != "set" {
		s = name + "(" + s + ")"
	}
	return py.String(s), nil
}

// M__repr__ implements repr(s); a subclass instance shows its class name, as S({1, 2}).
func (s *Set) M__repr__() (py.Object, error) {
	if o := s.owner.get(); o != nil {
		return reprSet(o.Type().Name, &s.t, s)
	}
	return reprSet("set", &s.t, s)
}

// M__repr__ implements repr(f).
func (f *FrozenSet) M__repr__() (py.Object, error) {
	if o := f.owner.get(); o != nil {
		return reprSet(o.Type().Name, &f.t, f)
	}
	return reprSet("frozenset", &f.t, f)
}

// M__len__ implements len(s).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.t.used), nil }

// M__len__ implements len(f).
func (f *FrozenSet) M__len__() (py.Object, error) { return py.Int(f.t.used), nil }

// M__bool__ implements bool(s).
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.t.used > 0), nil }

// M__bool__ implements bool(f).
func (f *FrozenSet) M__bool__() (py.Object, error) { return py.NewBool(f.t.used > 0), nil }

// M__iter__ iterates over the set.
func (s *Set) M__iter__() (py.Object, error) { return &setIter{s: &s.t, used: s.t.used}, nil }

// M__iter__ iterates over the frozenset.
func (f *FrozenSet) M__iter__() (py.Object, error) { return &setIter{s: &f.t, used: f.t.used}, nil }

// setContains is x in s; an unhashable set x is looked up as a frozenset, as CPython does.
func setContains(t *setTable, x py.Object) (py.Object, error) {
	if s, ok := x.(*Set); ok {
		x = &FrozenSet{t: *s.t.copyTable()}
	}
	ok, err := t.contains(x)
	return py.NewBool(ok), err
}

// M__contains__ implements x in s.
func (s *Set) M__contains__(x py.Object) (py.Object, error) { return setContains(&s.t, x) }

// M__contains__ implements x in f.
func (f *FrozenSet) M__contains__(x py.Object) (py.Object, error) { return setContains(&f.t, x) }

// newLike returns an empty set of the same kind as self (set or frozenset).
func newLike(self py.Object, t *setTable) py.Object {
	if _, ok := self.(*FrozenSet); ok {
		return &FrozenSet{t: *t}
	}
	return &Set{t: *t}
}

func tableOf(x py.Object) *setTable {
	t, _ := asSetTable(x)
	return t
}

// union returns a | b with a's kind.
func unionOf(self py.Object, others ...py.Object) (py.Object, error) {
	r := tableOf(self).copyTable()
	for _, o := range others {
		if err := r.addAll(o); err != nil {
			return nil, err
		}
	}
	return newLike(self, r), nil
}

func intersectionOf(self py.Object, other py.Object) (py.Object, error) {
	a := tableOf(self)
	r := &setTable{}
	if b, ok := asSetTable(other); ok {
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.occupied() {
			in, err := a.has(e)
			if err != nil {
				return nil, err
			}
			if in {
				if _, err := r.add(e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return newLike(self, r), nil
	}
	err := iterate(other, func(x py.Object) (bool, error) {
		in, err := a.contains(x)
		if err == nil && in {
			_, err = r.addObj(x)
		}
		return true, err
	})
	if err != nil {
		return nil, err
	}
	return newLike(self, r), nil
}

func differenceOf(self py.Object, other py.Object) (py.Object, error) {
	a := tableOf(self)
	otherSize := -1
	var b *setTable
	if t, ok := asSetTable(other); ok {
		otherSize, b = t.used, t
	} else if d, ok := other.(*Dict); ok {
		otherSize = d.Len()
	}
	if otherSize < 0 || a.used>>2 > otherSize {
		r := a.copyTable()
		if err := discardAll(r, other); err != nil {
			return nil, err
		}
		return newLike(self, r), nil
	}
	r := &setTable{}
	for _, e := range a.occupied() {
		var in bool
		var err error
		if b != nil {
			in, err = b.has(e)
		} else {
			var pos int
			pos, err = other.(*Dict).t.find(e.key, e.hash)
			in = pos >= 0
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if _, err := r.add(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return newLike(self, r), nil
}

func discardAll(t *setTable, other py.Object) error {
	if o, ok := asSetTable(other); ok && o == t {
		t.clear()
		return nil
	}
	err := iterate(other, func(x py.Object) (bool, error) {
		_, err := t.discard(x)
		return true, err
	})
	if err != nil {
		return err
	}
	// As CPython's set_difference_update_internal: more than a quarter of dummies are
	// resized away (which changes the layout, hence the iteration order).
	if len(t.slots) > 0 && uint64(t.fill-t.used) > t.mask()/4 {
		n := t.used * 4
		if t.used > 50000 {
			n = t.used * 2
		}
		t.resize(n)
	}
	return nil
}

func symDiffUpdate(t *setTable, other py.Object) error {
	o, ok := asSetTable(other)
	if ok && o == t {
		t.clear()
		return nil
	}
	var entries []setSlot
	if d, isDict := other.(*Dict); isDict && !ok {
		// CPython walks a dict's own entries (in its order, with their stored hashes).
		for _, e := range d.t.entries {
			if e.key != nil {
				entries = append(entries, setSlot{key: e.key, hash: e.hash})
			}
		}
	} else {
		if !ok {
			o = &setTable{}
			if err := o.addAll(other); err != nil {
				return err
			}
		}
		entries = o.occupied()
	}
	for _, e := range entries {
		removed, err := t.discardHashed(e.key, e.hash)
		if err != nil {
			return err
		}
		if !removed {
			if _, err := t.add(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func symDiffOf(self py.Object, other py.Object) (py.Object, error) {
	r := &setTable{}
	if err := r.addAll(other); err != nil {
		return nil, err
	}
	if err := symDiffUpdate(r, self); err != nil {
		return nil, err
	}
	return newLike(self, r), nil
}

func (s *Set) intersection(o *Set) (py.Object, error)        { return intersectionOf(s, o) }
func (s *Set) union(o *Set) (py.Object, error)               { return unionOf(s, o) }
func (s *Set) difference(o *Set) (py.Object, error)          { return differenceOf(s, o) }
func (s *Set) symmetricDifference(o *Set) (py.Object, error) { return symDiffOf(s, o) }

func (s *Set) isDisjoint(other py.Object) (py.Object, error) {
	disjoint := true
	err := iterate(other, func(x py.Object) (bool, error) {
		in, err := s.t.contains(x)
		if in {
			disjoint = false
		}
		return !in, err
	})
	return py.NewBool(disjoint), err
}

// binarySetOp applies op when both operands are set-likes (CPython's operators refuse other
// iterables, unlike the named methods).
func binarySetOp(self, other py.Object, op func(self, other py.Object) (py.Object, error)) (py.Object, error) {
	if _, ok := asSetTable(other); !ok {
		return py.NotImplemented, nil
	}
	return op(self, other)
}

// M__or__ implements s | other.
func (s *Set) M__or__(o py.Object) (py.Object, error) {
	return binarySetOp(s, o, func(a, b py.Object) (py.Object, error) { return unionOf(a, b) })
}

// M__and__ implements s & other.
func (s *Set) M__and__(o py.Object) (py.Object, error) { return binarySetOp(s, o, intersectionOf) }

// M__sub__ implements s - other.
func (s *Set) M__sub__(o py.Object) (py.Object, error) { return binarySetOp(s, o, differenceOf) }

// M__xor__ implements s ^ other.
func (s *Set) M__xor__(o py.Object) (py.Object, error) { return binarySetOp(s, o, symDiffOf) }

// M__or__ implements f | other.
func (f *FrozenSet) M__or__(o py.Object) (py.Object, error) {
	return binarySetOp(f, o, func(a, b py.Object) (py.Object, error) { return unionOf(a, b) })
}

// M__and__ implements f & other.
func (f *FrozenSet) M__and__(o py.Object) (py.Object, error) {
	return binarySetOp(f, o, intersectionOf)
}

// M__sub__ implements f - other.
func (f *FrozenSet) M__sub__(o py.Object) (py.Object, error) { return binarySetOp(f, o, differenceOf) }

// M__xor__ implements f ^ other.
func (f *FrozenSet) M__xor__(o py.Object) (py.Object, error) { return binarySetOp(f, o, symDiffOf) }

// inplace applies an in-place operator to s when other is a set-like.
func (s *Set) inplace(o py.Object, op func(t *setTable, o py.Object) error) (py.Object, error) {
	if _, ok := asSetTable(o); !ok {
		return py.NotImplemented, nil
	}
	if err := op(&s.t, o); err != nil {
		return nil, err
	}
	return s, nil
}

func intersectionUpdate(t *setTable, o py.Object) error {
	r, err := intersectionOf(&Set{t: *t}, o)
	if err != nil {
		return err
	}
	*t = r.(*Set).t
	return nil
}

// M__ior__ implements s |= other.
func (s *Set) M__ior__(o py.Object) (py.Object, error) {
	return s.inplace(o, func(t *setTable, o py.Object) error { return t.addAll(o) })
}

// M__iand__ implements s &= other.
func (s *Set) M__iand__(o py.Object) (py.Object, error) { return s.inplace(o, intersectionUpdate) }

// M__isub__ implements s -= other.
func (s *Set) M__isub__(o py.Object) (py.Object, error) { return s.inplace(o, discardAll) }

// M__ixor__ implements s ^= other.
func (s *Set) M__ixor__(o py.Object) (py.Object, error) { return s.inplace(o, symDiffUpdate) }

func setNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "set() takes no keyword arguments")
	}
	return NewSet(), nil
}

func setInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	s, ok := NativeOf(self).(*Set)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'set' object")
	}
	var it py.Object
	if err := unpackPos("set", args, kwargs, 0, &it); err != nil {
		return err
	}
	s.t.clear()
	if it != nil {
		return s.t.addAll(it)
	}
	return nil
}

func frozenSetNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() takes no keyword arguments")
	}
	var it py.Object
	if err := unpackPos("frozenset", args, nil, 0, &it); err != nil {
		return nil, err
	}
	if f, ok := it.(*FrozenSet); ok && t == FrozenSetType {
		return f, nil
	}
	f := &FrozenSet{}
	if it != nil {
		if err := f.t.addAll(it); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// Rich comparisons as Go methods, so that gpython's own VM and py.Eq also compare sets by
// content and inclusion.

func cmpMethod(op string, t *setTable, o py.Object) (py.Object, error) {
	res, err := setCompare(op, t, o)
	if res == nil && err == nil {
		return py.NotImplemented, nil
	}
	return res, err
}

// M__eq__ implements s == o.
func (s *Set) M__eq__(o py.Object) (py.Object, error) { return cmpMethod("==", &s.t, o) }

// M__ne__ implements s != o.
func (s *Set) M__ne__(o py.Object) (py.Object, error) { return cmpMethod("!=", &s.t, o) }

// M__lt__ implements s < o.
func (s *Set) M__lt__(o py.Object) (py.Object, error) { return cmpMethod("<", &s.t, o) }

// M__le__ implements s <= o.
func (s *Set) M__le__(o py.Object) (py.Object, error) { return cmpMethod("<=", &s.t, o) }

// M__gt__ implements s > o.
func (s *Set) M__gt__(o py.Object) (py.Object, error) { return cmpMethod(">", &s.t, o) }

// M__ge__ implements s >= o.
func (s *Set) M__ge__(o py.Object) (py.Object, error) { return cmpMethod(">=", &s.t, o) }

// M__eq__ implements f == o.
func (f *FrozenSet) M__eq__(o py.Object) (py.Object, error) { return cmpMethod("==", &f.t, o) }

// M__ne__ implements f != o.
func (f *FrozenSet) M__ne__(o py.Object) (py.Object, error) { return cmpMethod("!=", &f.t, o) }

// M__lt__ implements f < o.
func (f *FrozenSet) M__lt__(o py.Object) (py.Object, error) { return cmpMethod("<", &f.t, o) }

// M__le__ implements f <= o.
func (f *FrozenSet) M__le__(o py.Object) (py.Object, error) { return cmpMethod("<=", &f.t, o) }

// M__gt__ implements f > o.
func (f *FrozenSet) M__gt__(o py.Object) (py.Object, error) { return cmpMethod(">", &f.t, o) }

// M__ge__ implements f >= o.
func (f *FrozenSet) M__ge__(o py.Object) (py.Object, error) { return cmpMethod(">=", &f.t, o) }
