package objects

import (
	"iter"

	"github.com/go-python/gpython/py"
)

// entry is one slot of a table; a deleted slot has key == nil and stays in place (a
// tombstone) so that positions held by iterators remain valid.
type entry struct {
	key, value py.Object
	hash       int64
}

// table is the insertion-ordered hash table behind Dict. entries holds the items in
// insertion order; index is an open-addressed table of positions in entries (CPython's
// dict layout: a power-of-two number of slots probed with CPython's perturbation
// sequence), absent while the table is small. version changes whenever a key is added or
// removed, which lets iterators detect mutation as CPython does.
type table struct {
	entries []entry
	index   []int32 // positions in entries, emptySlot or dummySlot; nil for a small table
	fill    int     // slots of index that are not emptySlot
	used    int
	version uint64
	ns      py.StringDict // the namespace a dict is linked to (namespace.go), or nil
}

// smallTable is the size up to which a table has no index: a lookup compares the hashes of
// its few entries, which is faster than a Go map and spares allocating one (most instance
// dicts and keyword dicts are this small).
const smallTable = 8

// Slots of the index that hold no position: never used, or freed by a deletion (a probe
// goes on past it).
const (
	emptySlot = -1
	dummySlot = -2
)

// probe is the sequence of index slots for a hash (CPython's: i = 5i + 1 + perturb).
type probe struct {
	i, mask, perturb uint64
}

func (t *table) probe(h int64) probe {
	mask := uint64(len(t.index) - 1)
	return probe{i: uint64(h) & mask, mask: mask, perturb: uint64(h)}
}

func (p *probe) next() {
	p.perturb >>= 5
	p.i = (p.i*5 + p.perturb + 1) & p.mask
}

// find returns the position of key (whose hash is h), or -1.
func (t *table) find(key py.Object, h int64) (int, error) {
	for pos := range t.withHash(h) {
		eq, again, err := t.matches(pos, key)
		if err != nil {
			return -1, err
		}
		if again {
			return t.find(key, h)
		}
		if eq {
			return pos, nil
		}
	}
	return -1, nil
}

// withHash yields the positions of the live entries whose hash is h: in the index's probe
// order, or in order for a small table.
func (t *table) withHash(h int64) iter.Seq[int] {
	return func(yield func(int) bool) {
		if t.index == nil {
			for pos := 0; pos < len(t.entries); pos++ {
				if e := &t.entries[pos]; e.key != nil && e.hash == h && !yield(pos) {
					return
				}
			}
			return
		}
		for p := t.probe(h); ; p.next() {
			pos := t.index[p.i]
			if pos == emptySlot {
				return
			}
			if pos < 0 {
				continue
			}
			if e := &t.entries[pos]; e.key != nil && e.hash == h && !yield(int(pos)) {
				return
			}
		}
	}
}

// matches reports whether the live entry at pos holds key (its hash being key's). again is
// set when key's __eq__ changed the table: the lookup must start over, as CPython's does.
func (t *table) matches(pos int, key py.Object) (eq, again bool, err error) {
	e := &t.entries[pos]
	// Two strs or two ints are equal by value: no __eq__ can be involved.
	switch k := key.(type) {
	case py.String:
		if s, ok := e.key.(py.String); ok {
			return s == k, false, nil
		}
	case py.Int:
		if i, ok := e.key.(py.Int); ok {
			return i == k, false, nil
		}
	}
	if identical(e.key, key) {
		return true, false, nil
	}
	version, startKey := t.version, e.key
	eq, err = Equal(startKey, key)
	if err != nil {
		return false, false, err
	}
	if t.version != version || pos >= len(t.entries) || !sameRef(t.entries[pos].key, startKey) {
		return false, true, nil
	}
	return eq, false, nil
}

// findStr is find for a str key given as a Go string: no str object is made, and a small
// table whose keys are strs is searched without hashing name at all.
func (t *table) findStr(name string) (int, error) {
	if t.index == nil {
		for pos := range t.entries {
			e := &t.entries[pos]
			if e.key == nil {
				continue
			}
			s, ok := e.key.(py.String)
			if !ok {
				return t.find(py.String(name), hashStr(name))
			}
			if string(s) == name {
				return pos, nil
			}
		}
		return -1, nil
	}
	h := hashStr(name)
	for pos := range t.withHash(h) {
		s, ok := t.entries[pos].key.(py.String)
		if !ok {
			return t.find(py.String(name), h)
		}
		if string(s) == name {
			return pos, nil
		}
	}
	return -1, nil
}

// setStr is set for a str key given as a Go string: the str object is made only when the
// key is new.
func (t *table) setStr(name string, value py.Object) error {
	return t.setStrKey(name, nil, value)
}

// setStrKey is setStr with the key to add when name is new (nil: made from name).
func (t *table) setStrKey(name string, k *StrKey, value py.Object) error {
	pos, err := t.findStr(name)
	if err != nil {
		return err
	}
	if pos >= 0 {
		t.entries[pos].value = value
		if t.ns != nil {
			t.mirrorSet(t.entries[pos].key, value)
		}
		return nil
	}
	if k != nil {
		t.add(k.key, value, k.hash)
	} else {
		t.add(py.String(name), value, hashStr(name))
	}
	return nil
}

// lookup finds key, hashing it first.
func (t *table) lookup(key py.Object) (pos int, h int64, err error) {
	h, err = Hash(key)
	if err != nil {
		return -1, 0, err
	}
	pos, err = t.find(key, h)
	return pos, h, err
}

// set stores key: value, replacing the value (but keeping the original key object) if an equal
// key is present. It reports whether the key was new.
func (t *table) set(key, value py.Object) (bool, error) {
	pos, h, err := t.lookup(key)
	if err != nil {
		return false, err
	}
	if pos >= 0 {
		t.entries[pos].value = value
		if t.ns != nil {
			t.mirrorSet(t.entries[pos].key, value)
		}
		return false, nil
	}
	t.add(key, value, h)
	return true, nil
}

// add appends a key known to be absent.
func (t *table) add(key, value py.Object, h int64) {
	if t.index == nil && len(t.entries) >= smallTable {
		t.reindex(len(t.entries) + 1)
	}
	if t.index != nil {
		if (t.fill+1)*3 >= len(t.index)*2 {
			t.reindex(t.used + 1)
		}
		t.place(int32(len(t.entries)), h)
	} else if t.entries == nil {
		t.entries = make([]entry, 0, 4)
	}
	t.entries = appendDoubling(t.entries, entry{key: key, value: value, hash: h})
	t.used++
	t.version++
	if t.ns != nil {
		t.mirrorSet(key, value)
	}
}

// place puts position pos (of an entry whose hash is h) into the first free slot of its
// probe sequence.
func (t *table) place(pos int32, h int64) {
	for p := t.probe(h); ; p.next() {
		switch t.index[p.i] {
		case emptySlot:
			t.fill++
			fallthrough
		case dummySlot:
			t.index[p.i] = pos
			return
		}
	}
}

// remove deletes the entry at pos.
func (t *table) remove(pos int) {
	e := &t.entries[pos]
	if t.ns != nil {
		t.mirrorDel(e.key)
	}
	if t.index != nil {
		for p := t.probe(e.hash); ; p.next() {
			if ix := t.index[p.i]; ix == int32(pos) {
				t.index[p.i] = dummySlot
				break
			} else if ix == emptySlot {
				break // not indexed: cannot happen
			}
		}
	}
	*e = entry{}
	t.used--
	t.version++
	if len(t.entries) > 16 && t.used < len(t.entries)/2 {
		t.compact()
	}
}

// compact drops tombstones and rebuilds the index.
func (t *table) compact() {
	live := make([]entry, 0, t.used+t.used/2)
	for _, e := range t.entries {
		if e.key != nil {
			live = append(live, e)
		}
	}
	t.entries = live
	t.index = nil
	t.fill = 0
	if len(live) > smallTable {
		t.reindex(len(live))
	}
}

// reindex builds an index with room for n entries (at most two thirds of its slots used).
func (t *table) reindex(n int) {
	size := 16
	for size < n*3 {
		size *= 2
	}
	t.index = make([]int32, size)
	for i := range t.index {
		t.index[i] = emptySlot
	}
	t.fill = 0
	for i := range t.entries {
		if t.entries[i].key != nil {
			t.place(int32(i), t.entries[i].hash)
		}
	}
}

// clear empties the table.
func (t *table) clear() {
	if t.ns != nil {
		clear(t.ns)
	}
	t.entries = nil
	t.index = nil
	t.fill = 0
	t.used = 0
	t.version++
}

// copyFrom makes t a copy of o (sharing the key and value objects).
func (t *table) copyFrom(o *table) {
	t.entries = make([]entry, 0, o.used)
	t.index = nil
	t.fill = 0
	t.used = 0
	for _, e := range o.entries {
		if e.key != nil {
			t.add(e.key, e.value, e.hash)
		}
	}
}

// keys returns the live keys in order.
func (t *table) keys() []py.Object {
	out := make([]py.Object, 0, t.used)
	for _, e := range t.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// last returns the position of the last live entry, or -1.
func (t *table) last() int {
	for i := len(t.entries) - 1; i >= 0; i-- {
		if t.entries[i].key != nil {
			return i
		}
	}
	return -1
}

// tableIter walks a table in order and raises RuntimeError if the table changes size (or, for
// dicts, its keys change) during the walk, as CPython's dict and set iterators do.
type tableIter struct {
	t       *table
	pos     int
	used    int
	version uint64
	what    string // "dictionary" or "Set"
	broken  bool
}

func newTableIter(t *table, what string) *tableIter {
	return &tableIter{t: t, used: t.used, version: t.version, what: what}
}

// next returns the next live entry or nil at the end.
func (it *tableIter) next() (*entry, error) {
	if it.broken || it.t.used != it.used {
		it.broken = true
		return nil, py.ExceptionNewf(py.RuntimeError, "%s changed size during iteration", it.what)
	}
	if it.t.version != it.version && it.what == "dictionary" {
		it.broken = true
		return nil, py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	for it.pos < len(it.t.entries) {
		e := &it.t.entries[it.pos]
		it.pos++
		if e.key != nil {
			return e, nil
		}
	}
	return nil, nil
}
