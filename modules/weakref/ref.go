// Package weakref provides weak references: the native _weakref module (ref, the
// ReferenceType, getweakrefcount, getweakrefs) and the weakref module in Python over it
// (proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize).
//
// A weak reference holds a Go weak pointer (package weak) to the referent's allocation,
// and the Go type of the referent to give it back. gopy has no reference counts: an object
// is freed when Go's tracing collector finds it unreachable, some time after the last
// reference went, not at once as in CPython. So a callback cannot run at `del`: a Go
// cleanup attached to the referent queues it with the interpreter (gil.Runtime
// AddPendingCall), and it runs at the next switch point of a Python thread. gc.collect()
// makes that point deterministic: it runs the collector, then at once the callbacks of
// every reference whose referent it freed, before returning. weakref.finalize objects that
// are still alive at exit are called then, as in CPython.
package weakref

import (
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/atexit"
)

// target is a weak pointer to a Python object: its allocation and its Go pointer type.
type target struct {
	typ reflect.Type
	wp  weak.Pointer[byte]
}

// value returns the referent, nil once it has been freed.
func (t target) value() py.Object {
	p := t.wp.Value()
	if p == nil {
		return nil
	}
	return reflect.NewAt(t.typ.Elem(), unsafe.Pointer(p)).Interface().(py.Object)
}

// notWeakrefable lists the Go types behind pointers that CPython refuses to reference
// weakly (the values of int, str, tuple ... are not pointers and are refused anyway).
var notWeakrefable = map[reflect.Type]bool{
	reflect.TypeOf((*py.List)(nil)):           true,
	reflect.TypeOf((*objects.Dict)(nil)):      true,
	reflect.TypeOf((*objects.ByteArray)(nil)): true,
	reflect.TypeOf((*py.BigInt)(nil)):         true,
	reflect.TypeOf((*py.Range)(nil)):          true,
	reflect.TypeOf((*py.Slice)(nil)):          true,
}

// targetOf makes the weak pointer to o, or CPython's TypeError.
func targetOf(o py.Object) (target, *byte, error) {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Type().Elem().Size() == 0 || notWeakrefable[v.Type()] {
		return target{}, nil, py.ExceptionNewf(py.TypeError, "cannot create weak reference to '%s' object", classes.TypeOf(o).Name)
	}
	p := (*byte)(v.UnsafePointer())
	return target{typ: v.Type(), wp: weak.Make(p)}, p, nil
}

// Ref is a weak reference (weakref.ref, or an instance of a subclass).
type Ref struct {
	classes.Instance
	target   target
	callback py.Object // nil when none
	rt       *gil.Runtime
	mu       sync.Mutex
	hash     py.Object // cached hash of the referent
	fired    bool      // the callback has run (or will not)
}

// RefType is weakref.ref (ReferenceType).
var RefType *py.Type

// refs lists the weak references to each live object, in creation order, for
// getweakrefcount/getweakrefs and to hand out one shared ref without a callback.
var (
	refsMu sync.Mutex
	refs   = map[weak.Pointer[byte]][]weak.Pointer[Ref]{}
)

func liveRefs(k weak.Pointer[byte]) []*Ref {
	refsMu.Lock()
	defer refsMu.Unlock()
	var out []*Ref
	kept := refs[k][:0]
	for _, w := range refs[k] {
		if r := w.Value(); r != nil {
			out = append(out, r)
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		delete(refs, k)
	} else {
		refs[k] = kept
	}
	return out
}

func refAlloc(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var ob, callback py.Object = nil, py.None
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "ref() takes no keyword arguments")
	}
	if err := py.UnpackTuple(args, nil, "__new__", 1, 2, &ob, &callback); err != nil {
		return nil, err
	}
	t, p, err := targetOf(ob)
	if err != nil {
		return nil, err
	}
	if callback == py.None && cls == RefType {
		// A plain ref without a callback is shared, as in CPython (ref(o) is ref(o)).
		for _, r := range liveRefs(t.wp) {
			if r.callback == nil && r.Type() == RefType {
				return r, nil
			}
		}
	}
	r := &Ref{target: t}
	r.Init(cls, r)
	var ctx py.Context
	if th := gil.Holding(); th != nil {
		r.rt = th.Runtime()
		ctx = r.rt.Context()
	}
	w := weak.Make(r)
	refsMu.Lock()
	fresh := len(refs[t.wp]) == 0
	refs[t.wp] = append(refs[t.wp], w)
	refsMu.Unlock()
	if fresh {
		runtime.AddCleanup(p, func(k weak.Pointer[byte]) {
			refsMu.Lock()
			delete(refs, k)
			refsMu.Unlock()
		}, t.wp)
	}
	if callback != py.None {
		r.callback = callback
		if r.rt != nil {
			registerCallback(r.rt, w)
			tw, want := t.wp, finalize.Needs
			if housekeeping(callback) {
				want = finalize.Idle
			}
			finalize.Register(func() bool { return tw.Value() == nil }, func() finalize.State {
				r := w.Value()
				if r == nil {
					return finalize.Done
				}
				r.mu.Lock()
				defer r.mu.Unlock()
				if r.fired {
					return finalize.Done
				}
				return want
			}, nil)
			rt := r.rt
			runtime.AddCleanup(p, func(w weak.Pointer[Ref]) {
				rt.AddPendingCall(func() {
					if r := w.Value(); r != nil {
						r.fire(ctx)
					}
				})
			}, w)
		}
	}
	return r, nil
}

// housekeeping reports whether a callback is one of the weak containers' (WeakSet,
// WeakValueDictionary, WeakKeyDictionary: functions of the weakref and _weakrefset
// modules) that only forget an entry: no finalization point collects for them, while a
// weakref.finalize or a script's own callback makes its frame's return one.
func housekeeping(callback py.Object) bool {
	f, ok := callback.(*py.Function)
	if !ok {
		return false
	}
	name, _ := f.Globals["__name__"].(py.String)
	return name == "weakref" || name == "_weakrefset"
}

// fire runs the callback once, reporting its exception as CPython reports exceptions it
// cannot raise.
func (r *Ref) fire(ctx py.Context) {
	r.mu.Lock()
	if r.fired || r.callback == nil {
		r.mu.Unlock()
		return
	}
	r.fired = true
	cb := r.callback
	r.mu.Unlock()
	if _, err := py.Call(cb, py.Tuple{r}, nil); err != nil {
		atexit.ReportUnraisable(ctx, "Exception ignored in", cb, err)
	}
}

// callbackKey finds an interpreter's list of references with callbacks (gil.Runtime.Value).
type callbackKey struct{}

type callbackList struct {
	mu   sync.Mutex
	refs []weak.Pointer[Ref]
}

func registerCallback(rt *gil.Runtime, w weak.Pointer[Ref]) {
	l := rt.ValueOr(callbackKey{}, func() any { return &callbackList{} }).(*callbackList)
	l.mu.Lock()
	l.refs = append(l.refs, w)
	l.mu.Unlock()
}

// Weak references with callbacks are a pass of every collection of package finalize
// (after the objects' own finalizers), and each marks its creating frame's return as a
// point where the callback may be due.
func init() { finalize.AddSweeper(1, sweep, holdsCallbacks) }

// sweep runs, with the GIL held by the caller, the callbacks of the interpreter's weak
// references whose referents the collector freed (the newest reference first, as CPython
// clears an object's references). It returns how many callbacks ran.
func sweep(rt *gil.Runtime) int {
	n := 0
	if l, ok := rt.Value(callbackKey{}).(*callbackList); ok {
		l.mu.Lock()
		var due []*Ref
		kept := l.refs[:0]
		for _, w := range l.refs {
			r := w.Value()
			if r == nil {
				continue
			}
			r.mu.Lock()
			fired := r.fired
			r.mu.Unlock()
			if fired {
				continue
			}
			if r.target.value() == nil {
				due = append(due, r)
				continue
			}
			kept = append(kept, w)
		}
		l.refs = kept
		l.mu.Unlock()
		for i := len(due) - 1; i >= 0; i-- {
			due[i].fire(rt.Context())
			n++
		}
	}
	return n
}

// holdsCallbacks reports whether rt has weak references with callbacks not yet run.
func holdsCallbacks(rt *gil.Runtime) bool {
	l, ok := rt.Value(callbackKey{}).(*callbackList)
	if !ok {
		return false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.refs) > 0
}

func refOf(self py.Object) (*Ref, error) {
	r, ok := self.(*Ref)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'weakref.ReferenceType' object but received a '%s'", self.Type().Name)
	}
	return r, nil
}

func init() {
	RefType = classes.NewNativeType("ReferenceType", "weakref", "", py.ObjectType, refAlloc)
	d := RefType.Dict
	d["__init__"] = classes.NewMethod("__init__", "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	d["__call__"] = classes.NewMethod("__call__", "Call self as a function.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := refOf(self)
		if err != nil {
			return nil, err
		}
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "weakref() takes no arguments")
		}
		if v := r.target.value(); v != nil {
			return v, nil
		}
		return py.None, nil
	})
	d["__callback__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		r, err := refOf(self)
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		cb, fired := r.callback, r.fired
		r.mu.Unlock()
		// CPython drops the callback when the referent goes.
		if cb == nil || fired || r.target.value() == nil {
			return py.None, nil
		}
		return cb, nil
	}}
	d["__hash__"] = classes.NewMethod("__hash__", "Return hash(self).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := refOf(self)
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		h := r.hash
		r.mu.Unlock()
		if h != nil {
			return h, nil
		}
		v := r.target.value()
		if v == nil {
			return nil, py.ExceptionNewf(py.TypeError, "weak object has gone away")
		}
		hv, err := objects.Hash(v)
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		r.hash = py.Int(hv)
		r.mu.Unlock()
		return py.Int(hv), nil
	})
	cmp := func(name string, negate bool) {
		d[name] = classes.NewMethod(name, "", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			r, err := refOf(self)
			if err != nil || len(args) != 1 {
				return nil, err
			}
			o, ok := args[0].(*Ref)
			if !ok {
				return py.NotImplemented, nil
			}
			a, b := r.target.value(), o.target.value()
			var eq bool
			if a == nil || b == nil {
				eq = r == o
			} else if eq, err = objects.Equal(a, b); err != nil {
				return nil, err
			}
			return py.NewBool(eq != negate), nil
		})
	}
	cmp("__eq__", false)
	cmp("__ne__", true)
	d["__repr__"] = classes.NewMethod("__repr__", "Return repr(self).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := refOf(self)
		if err != nil {
			return nil, err
		}
		v := r.target.value()
		if v == nil {
			return py.String(fmt.Sprintf("<weakref at %#x; dead>", int64(classes.ID(r)))), nil
		}
		s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", int64(classes.ID(r)), classes.TypeOf(v).Name, int64(classes.ID(v)))
		if n, err := py.GetAttrString(v, "__name__"); err == nil {
			if ns, err := objects.Repr(n); err == nil {
				s += " (" + ns[1:len(ns)-1] + ")"
			}
		}
		return py.String(s + ">"), nil
	})
	d["__class_getitem__"] = classes.ClassGetItem
	register()
}

// ForkParts reports whether obj is a weak reference and, if so, what a copy of it in a
// multiprocessing 'fork' child is made from: its class, its referent (nil once freed) and
// its callback (None when it has none).
func ForkParts(obj py.Object) (cls *py.Type, referent, callback py.Object, ok bool) {
	r, isRef := obj.(*Ref)
	if !isRef {
		return nil, nil, nil, false
	}
	callback = r.callback
	if callback == nil {
		callback = py.None
	}
	return r.Type(), r.target.value(), callback, true
}

// ForkHash is the hash the weak reference obj has cached (nil when it was never hashed),
// which a dead reference keeps in a multiprocessing 'fork' child.
func ForkHash(obj py.Object) py.Object {
	r, ok := obj.(*Ref)
	if !ok {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.hash
}

// DeadRef makes a weak reference of class cls (ref or a subclass) whose referent is gone,
// as a dead one of the parent's is in a multiprocessing 'fork' child: it gives None, has
// no callback, and hashes to hash once hashed in the parent (nil: hashing it raises
// TypeError, as for any dead reference).
func DeadRef(cls *py.Type, hash py.Object) (py.Object, error) {
	if cls == nil || !cls.IsSubtype(RefType) {
		return nil, py.ExceptionNewf(py.TypeError, "not a weak reference type")
	}
	r := &Ref{fired: true, hash: hash}
	r.Init(cls, r)
	return r, nil
}
