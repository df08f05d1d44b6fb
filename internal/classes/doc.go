// Package classes is gopy's object model for user classes, instances, super, property and
// exceptions, built on gpython's exported API without changing gpython.
//
// # Why
//
// gpython v0.2.0 represents an instance of a user class as a *py.Type whose ObjectType is the
// class. Its Go interfaces (py.I__len__, py.I__eq__, ...) are those of *py.Type, so dunder
// methods are only found on the exact class, isinstance checks the exact type, and the VM's
// helpers (py.Len, py.Eq, py.Iter, py.GetAttrString ...) cannot tell a class from an instance.
// Its exceptions are *py.Exception values with fixed Go methods (every unknown attribute
// returns args, str() of an exception without arguments panics).
//
// # Instances (instance.go, dispatch.go, operators.go)
//
// Classes stay *py.Type values: the VM, except clauses and every native module understand
// them. Their New and Init fields are set to this package's functions, so calling a class
// makes an *Instance: a Go value that carries its class, an ordered attribute dict (an
// objects.Dict, the same value __dict__ and vars() return) or slots, and, for subclasses of
// gpython's builtin types (list, int ...), the builtin value in Instance.Native. *Instance
// implements every gpython Go interface by looking the dunder method up along the class MRO
// (then the wrapped builtin value, then CPython's default), so gpython's VM and the code that
// hashes, compares and sorts through those interfaces (package objects) treat user classes as
// CPython does.
//
// Attribute access follows CPython's generic algorithm: data descriptors on the type, then the
// instance dict, then non-data descriptors and class attributes, then __getattr__. Reads on
// classes go through typeGetattribute (typeattrs.go), installed as type.__getattribute__,
// which gpython consults for every attribute read on a *py.Type; it provides __name__,
// __qualname__, __mro__, __bases__, __dict__ ..., binds classmethods, and makes Go methods
// fetched from a class callable with an explicit self. gpython answers len(C), C[k], repr(C)
// ... from the class's own dict; guard.go wraps such class-body functions so the class object
// behaves as in CPython.
//
// Class creation (class.go) replaces builtins.__build_class__ and type(name, bases, dict):
// metaclass selection, __prepare__, C3 linearisation with CPython's error message,
// __slots__ (slots.go), implicit staticmethod for __new__, __hash__ = None next to __eq__,
// __set_name__, __init_subclass__ and a metaclass __call__ (new.go).
//
// # Go-native types that Python subclasses (native.go)
//
// A Go struct that embeds Instance becomes a class Python code can call and subclass:
// NewNativeType registers its allocator. Calling the type or any subclass allocates the Go
// struct with the subclass as its class, so Go methods (stored as *py.Method in the type's
// Dict, made with NewMethod) receive the struct, attributes set in a Python __init__ land in
// the embedded Instance, and Go code calls overridable methods with
// py.GetAttrString(self, "run"). multiprocessing.Process and every exception are built so.
//
// # Exceptions (exceptions.go, excsetup.go, raise.go, context.go)
//
// Calling an exception class makes an *Exception (Instance + args, __cause__, __context__,
// __traceback__); gpython's *py.Exception, made by Go code, remains valid and every helper
// here accepts both. gpython's RAISE_VARARGS only raises *py.Exception, so compiled code is
// rewritten instruction for instruction (raise.go): "raise X [from Y]" becomes an attribute
// access whose Go descriptor calls Raise, which returns the exception as the error the VM
// propagates. The compiler brackets every except clause with EnterHandler/ExitHandler
// (through compiler.RT), and a yield inside one with SuspendHandlers/ResumeHandlers: the
// stack of exceptions being handled gives __context__, sys.exc_info() and the traceback of
// caught exceptions as CPython's thread state does (it is process-wide: it must become
// per-thread when Python threads run concurrently). The builtin types' wrong ObjectType and
// flags are repaired so except clauses accept subclasses. The abc module (abc.go) rests on
// the same machinery: __abstractmethods__ sets TPFLAGS_IS_ABSTRACT.
//
// # Zero-argument super() (supercall.go)
//
// gopy's compiler emits super(__class__, self). For code compiled by gpython's own compiler,
// the same rewriting pass turns super() inside a method into an attribute read that finds
// the defining class along the MRO.
//
// # Other builtins
//
// isinstance, issubclass, callable, id, dir, vars, getattr/setattr/hasattr/delattr, super,
// property (builtins.go, super.go, property.go); attributes of functions, methods, modules and
// code objects (funcattrs.go); CPython's repr of functions, methods and modules (repr.go,
// installed as objects.ReprFallback); object.__getstate__/__reduce_ex__ (pickle.go).
package classes
