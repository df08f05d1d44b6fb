// Package classes is gopy's object model for user classes, instances, super, property and
// exceptions, built on gpython's exported API without changing gpython.
//
// # Why
//
// gpython v0.2.0 represents an instance of a user class as a *py.Type whose ObjectType is the
// class. Its Go interfaces (py.I__len__, py.I__eq__, ...) are those of *py.Type, so dunder
// methods are only found on the exact class, isinstance checks the exact type, and the VM's
// helpers (py.Len, py.Eq, py.Iter, py.GetAttrString ...) cannot tell a class from an instance.
//
// # Design
//
// Classes stay *py.Type values: the VM, except clauses and every native module understand
// them. Their New and Init fields are set to this package's functions, so calling a class
// makes an *Instance: a Go value that carries its class, an attribute dict (or slots) and,
// for subclasses of Go-native types, the Go value itself. *Instance implements every gpython
// Go interface by looking the dunder method up along the class MRO (dispatch.go), so
// gpython's VM, py.Hash/py.Eq users (the dict and set of package objects, sorting) and
// native code see user classes exactly as CPython code would.
//
// Attribute access follows CPython's generic algorithm (attrs.go): data descriptors on the
// type, then the instance dict, then non-data descriptors and class attributes, then
// __getattr__. Reads on classes go through type_getattribute, installed as
// type.__getattribute__ (gpython consults it for every attribute read on a *py.Type), which
// provides __name__, __qualname__, __mro__, __bases__, __dict__ and friends, binds
// classmethods, and makes Go methods fetched from a class callable with an explicit self.
//
// Class creation (class.go) replaces builtins.__build_class__ and type(name, bases, dict):
// metaclass selection, __prepare__, C3 linearisation with CPython's error message,
// __slots__, implicit staticmethod for __new__, __hash__ = None next to __eq__,
// __set_name__ and __init_subclass__.
//
// # Go-native types that Python subclasses
//
// A Go struct that embeds Instance (by value) becomes a class Python code can subclass:
// register it with NewNativeType (native.go). Calling the type or any subclass allocates the
// Go struct with the subclass as its class, so Go methods (stored as *py.Method in the type's
// Dict) receive the struct, attributes set in a Python __init__ land in the embedded dict,
// and Go code calls overridable methods through py.GetAttrString(self, "run"). Exceptions are
// built this way: *Exception embeds Instance and is the native part of BaseException.
//
// # Exceptions
//
// gpython's own *py.Exception (made by Go code) keeps working; properties added to
// BaseException give it args, __cause__, __context__, __traceback__ and
// __suppress_context__. Exception classes called from Python make *Exception values, which
// gpython's RAISE_VARARGS cannot raise (it only accepts *py.Exception). Raise is the
// function generated code calls instead; until the compiler does so (SetRaiseHooked), calls
// of exception classes keep producing *py.Exception. exceptions.go also repairs the
// ObjectType and flags of gpython's builtin types, so that except clauses accept subclasses.
package classes
