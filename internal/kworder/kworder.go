// Package kworder keeps the order in which a call's keyword arguments were written
// (PEP 468) beside the py.StringDict that carries them.
//
// gpython passes keyword arguments from a call site to the callee as a py.StringDict, a Go
// map, which has no order. gopy's compiler builds that map itself for every call with two
// or more keyword arguments (or any ** argument) and records here, keyed by the map's
// identity, the order of its keys; the code that finally turns the map into something with
// an order (the callee's **kwargs dict in internal/frames, dict(**kw), __build_class__'s
// class keywords) asks Keys. A record lives only while the call that made it runs: its
// maker drops it (Forget) when the call returns, so no other map can be found at the same
// address while it is recorded. A map with no record, or one changed since, lists its keys
// sorted (the recorded ones first, in their order), which is deterministic.
package kworder

import (
	"reflect"
	"sort"
	"sync"

	"github.com/go-python/gpython/py"
)

var (
	mu      sync.Mutex
	records = map[uintptr][]string{}
)

func id(m py.StringDict) uintptr { return reflect.ValueOf(m).Pointer() }

// Record notes that m's keys were given in the order keys. Maps of fewer than two keys
// need no record.
func Record(m py.StringDict, keys []string) {
	if len(m) < 2 {
		return
	}
	mu.Lock()
	records[id(m)] = keys
	mu.Unlock()
}

// Forget drops m's record, if any.
func Forget(m py.StringDict) {
	if m == nil {
		return
	}
	mu.Lock()
	delete(records, id(m))
	mu.Unlock()
}

// Keys lists m's keys in the order they were given, as far as it is known: the recorded
// keys still present first, then the others sorted.
func Keys(m py.StringDict) []string {
	out := make([]string, 0, len(m))
	if len(m) == 0 {
		return out
	}
	var rec []string
	if len(m) > 1 {
		mu.Lock()
		rec = records[id(m)]
		mu.Unlock()
	}
	for _, k := range rec {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	if len(out) == len(m) {
		return out
	}
	var rest []string
	for k := range m {
		if !contains(out, k) {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// Copy returns a new map with m's items but those whose names skip reports, recorded in
// m's order; the caller must Forget it when the call it is made for returns.
func Copy(m py.StringDict, skip func(string) bool) py.StringDict {
	keys := Keys(m)
	out := py.NewStringDict()
	kept := keys[:0:0]
	for _, k := range keys {
		if skip == nil || !skip(k) {
			out[k] = m[k]
			kept = append(kept, k)
		}
	}
	Record(out, kept)
	return out
}
