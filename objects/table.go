package objects

import "github.com/go-python/gpython/py"

// entry is one slot of a table; a deleted slot has key == nil and stays in place (a
// tombstone) so that positions held by iterators remain valid.
type entry struct {
	key, value py.Object
	hash       int64
	next       int32 // position of the next entry with the same hash, -1 at the end
}

// table is the insertion-ordered hash table behind Dict, Set and FrozenSet. entries holds the
// items in insertion order; index maps a hash to the position of the first entry with that
// hash, further ones being chained through entry.next. version changes whenever a key is added
// or removed, which lets iterators detect mutation as CPython does.
type table struct {
	entries []entry
	index   map[int64]int32
	used    int
	version uint64
	ns      py.StringDict // the namespace a dict is linked to (namespace.go), or nil
}

// find returns the position of key (whose hash is h), or -1.
func (t *table) find(key py.Object, h int64) (int, error) {
	if t.index == nil {
		return -1, nil
	}
	pos, ok := t.index[h]
	if !ok {
		return -1, nil
	}
	for pos >= 0 && int(pos) < len(t.entries) {
		e := &t.entries[pos]
		if e.key != nil {
			if identical(e.key, key) {
				return int(pos), nil
			}
			version, startKey := t.version, e.key
			eq, err := Equal(startKey, key)
			if err != nil {
				return -1, err
			}
			if t.version != version || int(pos) >= len(t.entries) || !sameRef(t.entries[pos].key, startKey) {
				// __eq__ changed the table: look again, as CPython's lookup restarts.
				return t.find(key, h)
			}
			if eq {
				return int(pos), nil
			}
		}
		pos = e.next
	}
	return -1, nil
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
	if t.index == nil {
		t.index = make(map[int64]int32)
	}
	next := int32(-1)
	if head, ok := t.index[h]; ok {
		next = head
	}
	t.index[h] = int32(len(t.entries))
	t.entries = append(t.entries, entry{key: key, value: value, hash: h, next: next})
	t.used++
	t.version++
	if t.ns != nil {
		t.mirrorSet(key, value)
	}
}

// remove deletes the entry at pos.
func (t *table) remove(pos int) {
	e := &t.entries[pos]
	if t.ns != nil {
		t.mirrorDel(e.key)
	}
	head := t.index[e.hash]
	if int(head) == pos {
		if e.next < 0 {
			delete(t.index, e.hash)
		} else {
			t.index[e.hash] = e.next
		}
	} else {
		for p := head; p >= 0; p = t.entries[p].next {
			if int(t.entries[p].next) == pos {
				t.entries[p].next = e.next
				break
			}
		}
	}
	*e = entry{next: -1}
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
	t.index = make(map[int64]int32, len(live))
	for i := range t.entries {
		e := &t.entries[i]
		e.next = -1
		if head, ok := t.index[e.hash]; ok {
			e.next = head
		}
		t.index[e.hash] = int32(i)
	}
}

// clear empties the table.
func (t *table) clear() {
	if t.ns != nil {
		clear(t.ns)
	}
	t.entries = nil
	t.index = nil
	t.used = 0
	t.version++
}

// copyFrom makes t a copy of o (sharing the key and value objects).
func (t *table) copyFrom(o *table) {
	t.entries = make([]entry, 0, o.used)
	t.index = make(map[int64]int32, o.used)
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
