package classes

import (
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
)

// A class's __del__ runs when the instance is dropped, at the points package finalize
// gives (a function's return, `del`, gc.collect(), exit). The instance is watched through
// a weak pointer while the registration keeps its parts (class, __dict__, slots, wrapped
// builtin value): once Go's collector has freed the instance, an equal one (same class,
// same dict, same id()) is rebuilt from them and its __del__ called, once, as CPython calls
// it once (PEP 442). So what the instance references stays alive until __del__ has run,
// and an instance its own __dict__ references (a cycle) waits for exit. Only plain
// instances are watched: an instance of a subclass of a Go-native type (whose Go value
// cannot be rebuilt) gets no __del__ call.

// hasDel reports whether a class defines __del__ somewhere along its MRO.
func hasDel(cls *py.Type) bool {
	for _, b := range cls.Mro {
		if t, ok := b.(*py.Type); ok && t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if _, ok := t.Dict["__del__"]; ok {
				return true
			}
		}
	}
	return false
}

// delParts holds the parts of each watched instance (a copy of its fields, self aside),
// kept up to date by syncDel where they change after Init.
var delParts sync.Map // weak.Pointer[Instance] -> *Instance

// watchDel registers a new plain instance whose class has __del__.
func watchDel(i *Instance) {
	wp := weak.Make(i)
	parts := &Instance{}
	*parts = *i
	parts.self = nil
	delParts.Store(wp, parts)
	finalize.RegisterHolder(func() bool { return wp.Value() == nil }, func() {
		delParts.Delete(wp)
		obj := wp.Value()
		if obj == nil {
			obj = parts
			obj.self = obj
		}
		runDel(obj)
	})
}

// syncDel copies a watched instance's fields into its parts after a change (class,
// __dict__, slots, wrapped value).
func (i *Instance) syncDel() {
	if i.self != py.Object(i) {
		return
	}
	if p, ok := delParts.Load(weak.Make(i)); ok {
		parts := p.(*Instance)
		*parts = *i
		parts.self = nil
	}
}

// runDel calls obj's __del__, reporting its exception as CPython does.
func runDel(i *Instance) {
	v := Lookup(i.cls, "__del__")
	if v == nil {
		return
	}
	if _, err := callBound(v, i.self, i.cls, nil, nil); err != nil {
		var ctx py.Context
		if m, ok := v.(*py.Function); ok {
			ctx = m.Context
		}
		finalize.Report(ctx, "Exception ignored in", v, err)
	}
}
