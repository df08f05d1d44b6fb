package objects

import (
	"sort"
	"sync"

	"github.com/go-python/gpython/py"
)

// The repr of a container that contains itself prints {...} or [...] at the inner level, as
// CPython's Py_ReprEnter does. inRepr holds the containers whose repr is being built.
var (
	reprMu sync.Mutex
	inRepr = map[py.Object]int{}
)

// reprEnter marks x as being repr'd; it returns false if it already is (a cycle).
func reprEnter(x py.Object) bool {
	reprMu.Lock()
	defer reprMu.Unlock()
	if inRepr[x] > 0 {
		return false
	}
	inRepr[x]++
	return true
}

// reprLeave undoes reprEnter.
func reprLeave(x py.Object) {
	reprMu.Lock()
	defer reprMu.Unlock()
	if inRepr[x]--; inRepr[x] <= 0 {
		delete(inRepr, x)
	}
}

// sortedKeys returns a StringDict's keys sorted, for a deterministic order where gpython has
// lost the original one (keyword arguments arrive as a Go map).
func sortedKeys(m py.StringDict) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
