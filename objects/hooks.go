package objects

import "github.com/go-python/gpython/py"

// Hooks installed by package classes, which owns class instances and imports objects (so
// objects cannot import it).

// NativeOf returns the Go value that an instance of a Python subclass of a builtin type
// carries (for class D(dict), the *Dict holding its items), or o itself. Methods placed in
// the type dictionaries of dict, set, list ... unwrap self with it.
var NativeOf = func(o py.Object) py.Object { return o }

// IsUserInstance reports whether o is an instance of a class defined in Python.
var IsUserInstance = func(o py.Object) bool { return false }
