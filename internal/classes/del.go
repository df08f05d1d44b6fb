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

// dropParts holds the parts of the instances given to CallWhenDropped, as delParts does
// for __del__.
var dropParts sync.Map // weak.Pointer[Instance] -> *Instance

// CallWhenDropped arranges for obj's method name to be called, once, at the first
// finalization point after obj becomes unreachable, on an instance rebuilt from obj's
// parts as for __del__ (same class, dict and id()). It is __del__ asked for by an object
// later in its life, when only some instances of a class need it (asyncio's futures that
// end with an exception nobody retrieved). It reports false, doing nothing, for what is
// not a plain instance.
func CallWhenDropped(obj py.Object, name string) bool {
	i, ok := obj.(*Instance)
	if !ok || i.self != py.Object(i) {
		return false
	}
	wp := weak.Make(i)
	parts := &Instance{}
	*parts = *i
	parts.self = nil
	dropParts.Store(wp, parts)
	finalize.RegisterHolder(func() bool { return wp.Value() == nil }, func() {
		dropParts.Delete(wp)
		obj := wp.Value()
		if obj == nil {
			obj = parts
			obj.self = obj
		}
		runFinalizer(obj, name)
	})
	return true
}

// syncDel copies a watched instance's fields into its parts after a change (class,
// __dict__, slots, wrapped value).
func (i *Instance) syncDel() {
	if i.self != py.Object(i) {
		return
	}
	wp := weak.Make(i)
	for _, m := range []*sync.Map{&delParts, &dropParts} {
		if p, ok := m.Load(wp); ok {
			parts := p.(*Instance)
			*parts = *i
			parts.self = nil
		}
	}
}

// runDel calls obj's __del__, reporting its exception as CPython does.
func runDel(i *Instance) { runFinalizer(i, "__del__") }

// runFinalizer calls obj's method name, reporting its exception as CPython reports one
// from __del__.
func runFinalizer(i *Instance, name string) {
	v := Lookup(i.cls, name)
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
