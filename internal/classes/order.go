package classes

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// The order of a class's namespace. A class body runs with a py.StringDict namespace and a
// class keeps its attributes in one (gpython's VM and attribute lookup read them there),
// so definition order, which CPython keeps (cls.__dict__, enum members, dataclass fields),
// is recorded beside: a class body's stores go through classStore (classbody.go), which
// notes the order; type(name, bases, dict) takes the dict's order; attributes set or
// deleted later update it. ClassKeys gives the keys in that order.

var (
	orderMu sync.Mutex
	orders  = map[*py.Type][]string{}
)

// setClassOrder records the order of t's namespace keys.
func setClassOrder(t *py.Type, names []string) {
	orderMu.Lock()
	orders[t] = names
	orderMu.Unlock()
}

// classOrderAdd notes that name was set on t (appended if new).
func classOrderAdd(t *py.Type, name string) {
	orderMu.Lock()
	defer orderMu.Unlock()
	names, ok := orders[t]
	if !ok {
		return
	}
	for _, n := range names {
		if n == name {
			return
		}
	}
	orders[t] = append(names, name)
}

// classOrderRemove notes that name was deleted from t (set again, it goes last).
func classOrderRemove(t *py.Type, name string) {
	orderMu.Lock()
	defer orderMu.Unlock()
	names := orders[t]
	for i, n := range names {
		if n == name {
			orders[t] = append(names[:i:i], names[i+1:]...)
			return
		}
	}
}

// ClassKeys returns the names in t's namespace in definition order: the recorded order
// (names still present), then any others sorted.
func ClassKeys(t *py.Type) []string {
	orderMu.Lock()
	names := orders[t]
	orderMu.Unlock()
	out := make([]string, 0, len(t.Dict))
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if _, ok := t.Dict[n]; ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	var rest []string
	for k := range t.Dict {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// ClassDict returns a new dict of t's namespace in definition order.
func ClassDict(t *py.Type) *objects.Dict {
	d := objects.NewDict()
	for _, k := range ClassKeys(t) {
		_ = d.SetItem(py.String(k), t.Dict[k])
	}
	return d
}

// orderedNamespace makes the dict passed to the metaclass from the namespace a class body
// filled: the names in the order the body first defined them, then any others sorted.
func orderedNamespace(ns py.StringDict, order []string) *objects.Dict {
	d := objects.NewDict()
	for _, k := range order {
		if v, ok := ns[k]; ok {
			_ = d.SetItem(py.String(k), v)
		}
	}
	for _, k := range sortedKeys(ns) {
		if _, present, _ := d.GetItem(py.String(k)); !present {
			_ = d.SetItem(py.String(k), ns[k])
		}
	}
	return d
}

// dictKeys lists the str keys of a dict given to type(), in order.
func dictKeys(o py.Object) []string {
	var out []string
	switch d := objects.NativeOf(o).(type) {
	case *objects.Dict:
		for _, k := range d.Keys() {
			if s, ok := k.(py.String); ok {
				out = append(out, string(s))
			}
		}
	case py.StringDict:
		out = sortedKeys(d)
	}
	return out
}
