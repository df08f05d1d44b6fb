package classes

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/objects"
)

// The order of a class's namespace. A class body runs with a py.StringDict namespace and a
// class keeps its attributes in one (gpython's VM and attribute lookup read them there),
// so definition order, which CPython keeps (cls.__dict__, enum members, dataclass fields),
// is recorded beside: the class body's order comes from the order of its store
// instructions (frames.StoreOrder), type(name, bases, dict) takes the dict's order, and
// attributes set or deleted later update it. ClassKeys gives the keys in that order.

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

// orderedNamespace turns the namespace a class body filled into the dict passed to the
// metaclass, in definition order: the keys of the mapping __prepare__ returned (prepared,
// if it was a dict) first, then the names in the order the body stored them, then the rest.
func orderedNamespace(ns py.StringDict, prepared py.Object, body *py.Code) *objects.Dict {
	d := objects.NewDict()
	put := func(k string) {
		if v, ok := ns[k]; ok {
			if _, present, _ := d.GetItem(py.String(k)); !present {
				_ = d.SetItem(py.String(k), v)
			}
		}
	}
	if pd, ok := objects.NativeOf(prepared).(*objects.Dict); ok {
		for _, k := range pd.Keys() {
			if s, ok := k.(py.String); ok {
				put(string(s))
			}
		}
	}
	for _, k := range frames.StoreOrder(body) {
		put(k)
	}
	for _, k := range sortedKeys(ns) {
		put(k)
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
