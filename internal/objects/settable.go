package objects

import (
	"github.com/go-python/gpython/py"
)

// setTable reproduces CPython 3.11's set hash table (Objects/setobject.c): open addressing, a
// few linear probes then perturbed probing, dummies for deleted slots, and the same resize
// policy. Set iteration order in CPython is the table order, which for small ints is sorted
// order; scripts print sets, so gopy must lay its tables out the same way.
type setTable struct {
	slots  []setSlot // len is a power of two, or 0 before the first insert
	fill   int       // active + dummy slots
	used   int       // active slots
	finger int       // where pop() starts looking
}

type setSlot struct {
	key  py.Object // nil: empty; dummyKey: deleted
	hash int64
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// dummyKey marks a deleted slot.
var dummyKey py.Object = &setSlot{}

// Type makes setSlot a py.Object so that it can serve as the dummy marker; it is never seen by
// Python code.
func (*setSlot) Type() *py.Type { return py.NoneType{}.Type() }

func (s *setTable) mask() uint64 { return uint64(len(s.slots) - 1) }

func (s *setTable) ensure() {
	if s.slots == nil {
		s.slots = make([]setSlot, setMinSize)
	}
}

func (s *setTable) live(i int) bool {
	k := s.slots[i].key
	return k != nil && k != dummyKey
}

// find returns the slot index of key, or -1.
func (s *setTable) find(key py.Object, h int64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
	mask := s.mask()
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &s.slots[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != dummyKey {
				if identical(e.key, key) {
					return int(j), nil
				}
				startKey, slots := e.key, s.slots
				eq, err := Equal(startKey, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
				if !sameSlots(slots, s.slots) || !sameRef(s.slots[j].key, startKey) {
					return s.find(key, h) // the table changed under us: restart
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// add inserts key (hash h); it reports whether it was new.
func (s *setTable) add(key py.Object, h int64) (bool, error) {
restart:
	s.ensure()
	mask := s.mask()
	perturb := uint64(h)
	i := uint64(h) & mask
	freeSlot := -1 // the last dummy seen (as CPython's set_add_entry): reused for a new key
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &s.slots[j]
			if e.key == dummyKey {
				freeSlot = int(j)
				continue
			}
			if e.key == nil && freeSlot >= 0 {
				s.slots[freeSlot] = setSlot{key: key, hash: h}
				s.used++
				return true, nil
			}
			if e.key == nil {
				e.key, e.hash = key, h
				s.fill++
				s.used++
				if uint64(s.fill)*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return true, nil
			}
			if e.hash == h {
				if identical(e.key, key) {
					return false, nil
				}
				startKey, slots := e.key, s.slots
				eq, err := Equal(startKey, key)
				if err != nil {
					return false, err
				}
				if eq {
					return false, nil
				}
				if !sameSlots(slots, s.slots) || !sameRef(s.slots[j].key, startKey) {
					goto restart
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(slots []setSlot, key py.Object, h int64) {
	mask := uint64(len(slots) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if slots[i].key == nil {
			slots[i] = setSlot{key: key, hash: h}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if slots[j].key == nil {
					slots[j] = setSlot{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for more than minUsed keys.
func (s *setTable) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.slots
	s.slots = make([]setSlot, size)
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			insertClean(s.slots, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// addObj hashes and inserts key.
func (s *setTable) addObj(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	return s.add(key, h)
}

// contains reports whether key is in the table.
func (s *setTable) contains(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	i, err := s.find(key, h)
	return i >= 0, err
}

// occupied returns a copy of the occupied slots, in table order, with their stored hashes: set
// operations use them so that __hash__ is not called again, as in CPython.
func (s *setTable) occupied() []setSlot {
	out := make([]setSlot, 0, s.used)
	for _, e := range s.slots {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e)
		}
	}
	return out
}

// has reports whether the key of slot e (with its stored hash) is in s.
func (s *setTable) has(e setSlot) (bool, error) {
	i, err := s.find(e.key, e.hash)
	return i >= 0, err
}

// discard removes key; it reports whether it was present.
func (s *setTable) discard(key py.Object) (bool, error) {
	h, err := Hash(key)
	if err != nil {
		return false, err
	}
	return s.discardHashed(key, h)
}

// discardHashed removes key whose hash is h.
func (s *setTable) discardHashed(key py.Object, h int64) (bool, error) {
	i, err := s.find(key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.slots[i] = setSlot{key: dummyKey, hash: -1}
	s.used--
	return true, nil
}

// pop removes and returns an arbitrary key as CPython's set.pop does, or nil if empty.
func (s *setTable) pop() py.Object {
	if s.used == 0 {
		return nil
	}
	i := s.finger & int(s.mask())
	for !s.live(i) {
		i++
		if i >= len(s.slots) {
			i = 0
		}
	}
	key := s.slots[i].key
	s.slots[i] = setSlot{key: dummyKey, hash: -1}
	s.used--
	s.finger = i + 1
	return key
}

// clear empties the table.
func (s *setTable) clear() { *s = setTable{} }

// items returns the keys in table order (CPython's iteration order).
func (s *setTable) items() []py.Object {
	out := make([]py.Object, 0, s.used)
	for i := range s.slots {
		if s.live(i) {
			out = append(out, s.slots[i].key)
		}
	}
	return out
}

// merge adds every key of another table as CPython's set_merge does (same resulting layout).
func (s *setTable) merge(o *setTable) error {
	if o.used == 0 {
		return nil
	}
	s.ensure()
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.slots) == len(o.slots) && o.fill == o.used {
		copy(s.slots, o.slots)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range o.slots {
			if e.key != nil && e.key != dummyKey {
				insertClean(s.slots, e.key, e.hash)
			}
		}
		s.fill, s.used = o.used, o.used
		return nil
	}
	for _, e := range append([]setSlot(nil), o.slots...) {
		if e.key != nil && e.key != dummyKey {
			if _, err := s.add(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// addAll adds the items of any iterable (set_update_internal).
func (s *setTable) addAll(x py.Object) error {
	if o, ok := asSetTable(x); ok {
		return s.merge(o)
	}
	if d, ok := x.(*Dict); ok {
		s.ensure()
		if uint64(s.fill+d.Len())*5 >= s.mask()*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		for _, e := range d.t.entries {
			if e.key != nil {
				if _, err := s.add(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return iterate(x, func(item py.Object) (bool, error) {
		_, err := s.addObj(item)
		return true, err
	})
}

// copyTable returns a copy laid out as CPython's set copy would be.
func (s *setTable) copyTable() *setTable {
	c := &setTable{}
	_ = c.merge(s)
	return c
}

// setIter iterates a set table, raising RuntimeError if its size changes.
type setIter struct {
	s      *setTable
	pos    int
	used   int
	broken bool
}

var setIterType = py.NewType("set_iterator", "")

// Type returns set_iterator.
func (it *setIter) Type() *py.Type { return setIterType }

// M__iter__ returns the iterator.
func (it *setIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next key.
func (it *setIter) M__next__() (py.Object, error) {
	if it.broken || it.s.used != it.used {
		it.broken = true
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.s.slots) {
		i := it.pos
		it.pos++
		if it.s.live(i) {
			return it.s.slots[i].key, nil
		}
	}
	return nil, py.StopIteration
}

// sameSlots reports whether a and b are the same slot array (the table was not resized or
// cleared meanwhile).
func sameSlots(a, b []setSlot) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
