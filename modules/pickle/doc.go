// Package pickle implements Python's pickle, _pickle, copyreg and (the part pickle needs of)
// _codecs modules for gopy, byte-compatible with CPython 3.11's C pickler.
//
// # Design
//
// Pickler (pickler.go, save_types.go, reduce.go, reduce_ex.go, reduce_native.go) follows
// the order of decisions of CPython's Modules/_pickle.c save(): persistent_id first; then atoms (None, bool, int,
// float), which are never memoized; then the memo; then str and bytes; then the exact
// containers (dict, set, frozenset, list, tuple, bytearray, PickleBuffer); then
// reducer_override, classes and functions by reference (save_global: module from
// __module__ or a search of sys.modules, qualified name, an identity check that the loader
// will find the same object, Python 2 names for protocols 0-2); then the reduction protocol
// (the dispatch table, __reduce_ex__, and ReduceEx, which is CPython's object.__reduce_ex__:
// copyreg._reconstructor for protocols 0-1, __newobj__/__newobj_ex__ with
// __getnewargs(_ex)__ and __getstate__ for 2 and above). Batching (APPENDS/SETITEMS/ADDITEMS
// in groups of 1000, with the C pickler's quirks for exact dicts and sets), memo opcodes
// (PUT/BINPUT/LONG_BINPUT/MEMOIZE) and protocol 4 framing (FRAME around 64 KiB, large
// str/bytes payloads outside frames) are the C pickler's. CPython's object identity is
// modelled by Go pointers and by the data pointer and length of strings, bytes and tuples
// (memo.go), so strings the compiler interns or merges share one memo entry as in CPython.
// reduce_native.go supplies what the object model's builtin types lack: the
// __getnewargs__ of int, float, str, bytes, tuple and complex subclasses, set.__reduce__,
// and the reductions of range, slice and object().
//
// Unpickler (unpickler.go, load_ops.go, load_data.go, load_text.go, load_objects.go) is a
// stack machine with CPython's mark/fence model and error messages; the text arguments of
// protocol 0 opcodes are parsed as the C unpickler's strtol, PyLong_FromString and
// PyOS_string_to_double do. Every length read from the input is checked against the
// remaining input (or read in bounded chunks from a file) before anything is allocated (a
// BINBYTES8/BYTEARRAY8 size no machine could allocate is CPython's MemoryError), and the memo is a slice for small indices and a map above, so no
// input can make it allocate more than a small multiple of its own size. A Go panic in a
// callback is turned into SystemError.
//
// The Python-visible modules (module.go, classes.go, copyreg.go) register with
// py.RegisterModule. Pickler and Unpickler are Python classes (module source run at import)
// whose methods call Go primitives, so that user code can subclass them and override
// persistent_id, persistent_load, reducer_override, find_class or dispatch_table; their Go
// state hangs off the instance.
//
// Dicts and sets are reached through adapter.go only: built by calling the builtins dict,
// set and frozenset and read through the Go methods of the object model's types, so the
// package does not import the object model. Attributes of functions, classes and instances
// are read through Python attribute lookup (objects.go), with fallbacks to gpython's Go
// fields.
//
// The interop fixtures in testdata are written by python3 (go generate): every object of a
// catalogue at every protocol, with its repr, and malformed pickles with CPython's error.
package pickle
