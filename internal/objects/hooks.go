package objects

import "github.com/go-python/gpython/py"

// Hooks installed by package classes, which owns class instances and imports objects (so
// objects cannot import it).

// NativeOf returns the Go value that an instance of a Python subclass of a builtin type
// carries (for class D(dict), the *Dict holding its items), or o itself. Methods placed in
// the type dictionaries of dict, set, list ... unwrap self with it.
var NativeOf = func(o py.Object) py.Object { return o }

// ClassGetItem is cls[key] for a class whose instances are subscriptable (list[int]): the
// class's __class_getitem__, or CPython's TypeError.
var ClassGetItem func(cls *py.Type, key py.Object) (py.Object, error)

// CollectGarbage runs a finalization point (stale stack slots dropped, Go's collector
// run, finalizers of what it freed) within the automatic collections' budget: interp sets
// it to package finalize's Budgeted for the calling thread's interpreter. A bytearray
// calls it before refusing to resize for views that may be garbage.
var CollectGarbage = func() {}

// IsUserInstance reports whether o is an instance of a class defined in Python.
var IsUserInstance = func(o py.Object) bool { return false }

// Owner gives the instance of a Python subclass that carries a builtin value, or nil once
// that instance was freed: the value holds it weakly, since the registration that runs
// the instance's __del__ keeps the value (and must not keep the instance).
type Owner func() py.Object

func (o Owner) get() py.Object {
	if o == nil {
		return nil
	}
	return o()
}

// Adopt tells objects that native, the Go value of a builtin type, is carried by owner, an
// instance of a Python subclass of that type; package classes calls it when it makes such an
// instance. A dict subclass's __missing__ and the repr of set and frozenset subclasses
// (S({1, 2})) need the owner, since methods receive the Go value.
func Adopt(native py.Object, owner Owner) {
	switch v := native.(type) {
	case *Dict:
		v.owner = owner
	case *Set:
		v.owner = owner
	case *FrozenSet:
		v.owner = owner
	case *ByteArray:
		v.owner = owner
	}
}
