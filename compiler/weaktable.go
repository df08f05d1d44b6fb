package compiler

import (
	"runtime"
	"sync"
	"weak"
)

// weakTable keeps values beside objects it does not keep alive (code objects, frames):
// an entry goes when its object is collected. Safe for concurrent use.
type weakTable[T, V any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[T]]V
}

// set records v for obj.
func (w *weakTable[T, V]) set(obj *T, v V) {
	k := weak.Make(obj)
	w.mu.Lock()
	if w.m == nil {
		w.m = map[weak.Pointer[T]]V{}
	}
	w.m[k] = v
	w.mu.Unlock()
	runtime.AddCleanup(obj, func(k weak.Pointer[T]) {
		w.mu.Lock()
		delete(w.m, k)
		w.mu.Unlock()
	}, k)
}

// get returns what was recorded for obj.
func (w *weakTable[T, V]) get(obj *T) (V, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	v, ok := w.m[weak.Make(obj)]
	return v, ok
}

// take returns what was recorded for obj and forgets it.
func (w *weakTable[T, V]) take(obj *T) (V, bool) {
	k := weak.Make(obj)
	w.mu.Lock()
	defer w.mu.Unlock()
	v, ok := w.m[k]
	if ok {
		delete(w.m, k)
	}
	return v, ok
}
