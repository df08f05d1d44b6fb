package classes

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
)

// The order in which CPython frees what dropping a container releases: a list's or a
// tuple's items last first (list_dealloc and tupledealloc walk down), a dict's keys and
// values first first, an instance's finalizer before what it holds. Package finalize
// finishes the objects a collection found gone in the order they were registered; `del x`
// hands it this order first (finalize.Hint), so `del l` of a list of objects with __del__
// runs them last first, as CPython does.

// dropOrderBudget bounds the objects one walk visits (a del of a huge container pays at
// most this much).
const dropOrderBudget = 4096

// dropOrder lists the addresses of the instances with __del__ that dropping v would
// release, in CPython's order.
func dropOrder(v py.Object) []uintptr {
	w := dropWalk{seen: map[py.Object]bool{}, budget: dropOrderBudget}
	w.walk(v)
	return w.out
}

type dropWalk struct {
	out    []uintptr
	seen   map[py.Object]bool
	budget int
}

func (w *dropWalk) walk(v py.Object) {
	if w.budget <= 0 {
		return
	}
	w.budget--
	switch x := v.(type) {
	case *py.List:
		if w.first(x) {
			for i := len(x.Items) - 1; i >= 0; i-- {
				w.walk(x.Items[i])
			}
		}
	case py.Tuple:
		for i := len(x) - 1; i >= 0; i-- {
			w.walk(x[i])
		}
	case *objects.Dict:
		if w.first(x) {
			for _, kv := range x.Items() {
				w.walk(kv[0])
				w.walk(kv[1])
			}
		}
	case *Instance:
		if w.first(x) && x.self == py.Object(x) && hasDel(x.cls) {
			w.out = append(w.out, uintptr(unsafe.Pointer(x)))
		}
	}
}

// first reports whether the walk meets the mutable container x for the first time.
func (w *dropWalk) first(x py.Object) bool {
	if w.seen[x] {
		return false
	}
	w.seen[x] = true
	return true
}

func init() {
	compiler.RT.BeforeDrop = func(v py.Object) {
		if finalize.Live() {
			finalize.Hint(dropOrder(v))
		}
	}
}
