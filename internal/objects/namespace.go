package objects

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// A dict used as the globals (or locals) of exec() and eval(). gpython's frames, functions
// and modules keep their namespace as a py.StringDict, a Go map that the VM reads and
// writes directly, so a Python dict cannot be the namespace itself. Instead the dict is
// linked to a StringDict, once, the first time it is used so (Namespace): from then on
// every change made through the dict is written through to the StringDict (the table's ns
// field), and changes made by the code (assignments, functions it defined that rebind
// globals later) are copied back into the dict whenever the dict is read (pull), keeping
// the dict's order for keys it already had and appending new ones in the order the code
// names them (co_names) where known.

// Namespace returns the StringDict linked to d, making it from d's str keys the first time.
func (d *Dict) Namespace() py.StringDict {
	if d.t.ns == nil {
		ns := py.NewStringDict()
		for _, e := range d.t.entries {
			if k, ok := e.key.(py.String); ok {
				ns[string(k)] = e.value
			}
		}
		d.t.ns = ns
	}
	return d.t.ns
}

// Pull copies into d what code run with d's namespace changed in it. order, if given,
// ranks the names that are new to d (a code object's co_names); others follow sorted.
func (d *Dict) Pull(order []string) {
	ns := d.t.ns
	if ns == nil {
		return
	}
	d.t.ns = nil // nothing to write through while the dict catches up
	defer func() { d.t.ns = ns }()
	seen := make(map[string]bool, len(ns))
	var gone []py.Object
	for i := range d.t.entries {
		e := &d.t.entries[i]
		k, ok := e.key.(py.String)
		if !ok {
			continue
		}
		if v, ok := ns[string(k)]; ok {
			seen[string(k)] = true
			e.value = v
		} else {
			gone = append(gone, e.key)
		}
	}
	for _, k := range gone {
		if pos, _, err := d.t.lookup(k); err == nil && pos >= 0 {
			d.t.remove(pos)
		}
	}
	if len(seen) == len(ns) {
		return
	}
	rank := make(map[string]int, len(order))
	for i, n := range order {
		if _, ok := rank[n]; !ok {
			rank[n] = i
		}
	}
	var added []string
	for k := range ns {
		if !seen[k] {
			added = append(added, k)
		}
	}
	sort.Slice(added, func(i, j int) bool {
		ri, oki := rank[added[i]]
		rj, okj := rank[added[j]]
		if oki != okj {
			return oki
		}
		if oki && ri != rj {
			return ri < rj
		}
		return added[i] < added[j]
	})
	for _, k := range added {
		_, _ = d.t.set(py.String(k), ns[k])
	}
}

// pull brings a linked dict up to date before it is read.
func (d *Dict) pull() {
	if d.t.ns != nil {
		d.Pull(nil)
	}
}

// mirrorSet and mirrorDel write a change of a linked dict through to its namespace.
func (t *table) mirrorSet(key, value py.Object) {
	if k, ok := key.(py.String); ok {
		t.ns[string(k)] = value
	}
}

func (t *table) mirrorDel(key py.Object) {
	if k, ok := key.(py.String); ok {
		delete(t.ns, string(k))
	}
}
