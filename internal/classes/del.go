package classes

import (
	"reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
)

// A class's __del__ runs when the instance is dropped, at the points package finalize
// gives (a function's return, `del`, gc.collect(), exit). The instance is watched through
// a weak pointer while the registration keeps its parts (class, __dict__, slots, wrapped
// builtin value): once Go's collector has freed the instance, an equal one (same class,
// same dict, same id()) is rebuilt from them and its __del__ called, once, as CPython calls
// it once (PEP 442). So what the instance references stays alive until __del__ has run,
// and an instance its own __dict__ references (a cycle) waits for exit. An instance of a
// subclass of a Go-native type (a struct embedding Instance: an io, multiprocessing or
// socket type, an exception) is watched through its embedded Instance, and its parts are
// the whole struct, copied before each collection (its Go fields change as it is used):
// the copy taken while it was unreachable is the object as it was dropped.

// HasDel reports whether a class written in Python along cls's MRO defines __del__ (its
// instances are finalized by calling it).
func HasDel(cls *py.Type) bool { return hasDel(cls) }

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
func watchDel(i *Instance) { watchPlain(i, &delParts, runDel) }

// watchPlain registers plain instance i with package finalize, its parts kept in m
// (syncDel keeps them current): once i is freed, run gets an equal instance rebuilt from
// them (i itself when it is still alive at exit).
func watchPlain(i *Instance, m *sync.Map, run func(*Instance)) {
	wp := weak.Make(i)
	parts := &Instance{}
	*parts = *i
	parts.self = nil
	m.Store(wp, parts)
	finalize.RegisterHolderAt(uintptr(unsafe.Pointer(i)), func() bool { return wp.Value() == nil }, func() {
		m.Delete(wp)
		obj := wp.Value()
		if obj == nil {
			obj = parts
			obj.self = obj
			if obj.Native != nil {
				objects.Adopt(obj.Native, obj.ownerRef())
			}
		}
		run(obj)
	})
}

// nativeWatch is the registration of a native instance whose class has __del__: the Go
// cleanups of its resources (closing a socket's descriptor) wait until __del__ has run,
// and then follow the parts it ran on.
type nativeWatch struct {
	mu       sync.Mutex
	cleanups []func(parts py.Object)
}

// nativeWatches maps the weak pointer of each watched native instance's Instance to its
// nativeWatch.
var nativeWatches sync.Map

// watchNativeDel registers a new instance of a subclass of a Go-native type whose class
// has __del__: self is the struct embedding i.
func watchNativeDel(i *Instance, self py.Object) {
	rv := reflect.ValueOf(self)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Struct {
		return
	}
	wp := weak.Make(i) // an interior pointer: cleared when the whole struct is unreachable
	parts := reflect.New(rv.Elem().Type())
	partsObj, _ := parts.Interface().(py.Object)
	pi := AsInstance(partsObj)
	if pi == nil {
		return
	}
	w := &nativeWatch{}
	nativeWatches.Store(wp, w)
	finalize.RegisterSnapshot(func() bool { return wp.Value() == nil }, func() {
		if x := wp.Value(); x != nil {
			parts.Elem().Set(reflect.ValueOf(x.self).Elem())
			pi.self = partsObj
		}
	}, func() {
		nativeWatches.Delete(wp)
		obj := partsObj
		if x := wp.Value(); x != nil {
			obj = x.self
		}
		runDel(AsInstance(obj))
		w.mu.Lock()
		cleanups := w.cleanups
		w.cleanups = nil
		w.mu.Unlock()
		for _, c := range cleanups {
			c(obj)
		}
	})
}

// AddCleanup is runtime.AddCleanup(obj, fn, arg) for obj, the Go value of a native
// instance, releasing a resource it holds once it is freed: when its class has a Python
// __del__, fn waits until that has run (on the parts of obj, which share its resources)
// and the parts are freed in turn.
func AddCleanup[T any, S any](obj *T, fn func(S), arg S) {
	if o, ok := any(obj).(py.Object); ok {
		if i := AsInstance(o); i != nil {
			if v, ok := nativeWatches.Load(weak.Make(i)); ok {
				w := v.(*nativeWatch)
				w.mu.Lock()
				w.cleanups = append(w.cleanups, func(parts py.Object) {
					if p, ok := any(parts).(*T); ok {
						runtime.AddCleanup(p, fn, arg)
					}
				})
				w.mu.Unlock()
				return
			}
		}
	}
	runtime.AddCleanup(obj, fn, arg)
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
	watchPlain(i, &dropParts, func(obj *Instance) { runFinalizer(obj, name) })
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

// ownerRef is i as the owner of the builtin value it carries, held weakly (see
// objects.Owner).
func (i *Instance) ownerRef() objects.Owner {
	wp := weak.Make(i)
	return func() py.Object {
		if x := wp.Value(); x != nil {
			return x.self
		}
		return nil
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
