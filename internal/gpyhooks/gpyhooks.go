// Package gpyhooks owns every change gopy makes to gpython's own state: the function
// variables of package py (py.Compile, py.VmEvalCode, py.VmRunFrame), the constructors,
// names, flags and bases of gpython's builtin types, and what gopy writes into those types'
// dicts. gpython is a dependency that gopy never forks, so it is adapted by such
// assignments; they used to be spread over the init functions of many packages, applied in
// an order that depended on package and file names.
//
// Here each change has a name, and the table below fixes the order in which they are made.
// The package that makes a change (it holds the Go code, which this package cannot import)
// registers it from its init function with Register; nothing is changed then. Install,
// which interp calls before it creates an interpreter (and a package's tests call from
// TestMain), makes every registered change once, in the table's order; calling it again
// does nothing. A change whose package is not linked in is skipped. doc/ARCHITECTURE.md
// lists the same table ("Changes to gpython"), which a test keeps in step.
package gpyhooks

import (
	"fmt"
	"os"
	"sync"
)

// A Change is one entry of the table: its name (the registering package's path under the
// module, a slash, a word) and what it does.
type Change struct {
	Name string
	What string
}

// table lists gopy's changes to gpython in the order Install makes them. A change may
// rely on the ones above it. The object model's changes to builtin types' dicts come first
// (they were made by init functions before everything else), then gopy's compiler, then
// the constructors, which replace gpython's last.
var table = []Change{
	{"compiler/code-attrs", "the code object's attributes (co_name, co_qualname, co_filename, co_firstlineno, the argument counts, co_code, co_lnotab ...)"},
	{"frames/attrs", "the frame object's and the traceback object's attributes (f_back, f_lineno, f_locals, tb_next ...)"},
	{"classes/abstract", "classmethod's and staticmethod's __isabstractmethod__"},
	{"classes/builtin-new", "tuple, int, float, str, bytes and frozenset get a __new__ that subclasses call"},
	{"classes/type-attrs", "type's __getitem__ (metaclass and __class_getitem__), __bool__, __getattribute__, __setattr__, __delattr__, __repr__ and __str__"},
	{"classes/exceptions", "every builtin type's metaclass is type, bool a subclass of int; exception classes are the object model's (constructor, flags, CPython's attributes and methods, add_note), those made by NewException included"},
	{"classes/generator", "generator.throw and generator.close"},
	{"classes/class-getitem", "__class_getitem__ of list, dict, tuple, set, frozenset, type and enumerate (generic aliases)"},
	{"classes/list-init", "list.__init__ for list subclasses (when objects gave none)"},
	{"classes/object-new", "object.__new__ and object.__init_subclass__"},
	{"compiler/match-flags", "py.ListType, TupleType and RangeType get the sequence flag, py.StringDictType the mapping flag, of class and sequence/mapping patterns"},
	{"compiler/compile", "py.Compile is gopy's compiler; the builtins compile() and next(), generator.send and function.__annotations__ keep CPython's semantics"},
	{"objects/numbers", "bool, int, float and complex constructors; gpython's big int named int and a subtype of int, complex named complex; MROs of the types objects makes"},
	{"objects/str", "str's constructor (CPython's repr of floats and containers)"},
	{"objects/bytes", "bytes' constructor and methods"},
	{"objects/zipfilter", "zip and filter objects of gopy's own (strict=, gopy's truth test, pickling)"},
	{"objects/iterators", "ellipsis and NotImplementedType names; map, enumerate, reversed, filter and zip subclassable"},
	{"objects/list", "list's constructor and __init__"},
	{"objects/methods", "methods and attributes of int, float, str, bytes, list, range, slice, gpython's dict and iterators that gpython lacks or gets wrong (the slots of int, float, complex, str, bytes, list as methods)"},
	{"classes/type", "type's constructor, __new__, __init__ and __call__ (classes and metaclasses); bool's constructor if none yet; type subclassable"},
	{"classes/descriptors", "classmethod and staticmethod constructible, subclassable, with __init__, __get__, __func__ and __wrapped__"},
	{"classes/functions", "builtin_function_or_method and method named as in CPython, object's doc; function attributes gpython lacks; a cell's cell_contents"},
	{"classes/object", "object() makes a featureless instance"},
	{"modules/types", "module and method types constructible (types.ModuleType, types.MethodType)"},
	{"interp/vm", "py.VmEvalCode and py.VmRunFrame: gopy's frames, the GIL's switch point, the recursion limit, Go panics as exceptions"},
}

// registry is the state of Register and Install (one per process; tests make their own).
type registry struct {
	mu        sync.Mutex
	fns       map[string]func()
	installed bool
}

var std = &registry{}

// Register records fn as the code of the change called name, to be run by Install. It
// panics if name is not in the table, is registered twice, or Install has already run:
// those are programming errors of gopy.
func Register(name string, fn func()) { std.register(name, fn) }

// Install makes every registered change, in the table's order, the first time it is
// called; later calls do nothing.
func Install() { std.install() }

// Table returns the table of changes, in order.
func Table() []Change { return append([]Change(nil), table...) }

// Unregistered returns the names of the table's changes no linked package registered.
func Unregistered() []string {
	std.mu.Lock()
	defer std.mu.Unlock()
	var out []string
	for _, c := range table {
		if std.fns[c.Name] == nil {
			out = append(out, c.Name)
		}
	}
	return out
}

func known(name string) bool {
	for _, c := range table {
		if c.Name == name {
			return true
		}
	}
	return false
}

func (r *registry) register(name string, fn func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case !known(name):
		panic(fmt.Sprintf("gpyhooks: change %q is not in the table", name))
	case r.fns[name] != nil:
		panic(fmt.Sprintf("gpyhooks: change %q registered twice", name))
	case r.installed:
		panic(fmt.Sprintf("gpyhooks: change %q registered after Install", name))
	}
	if r.fns == nil {
		r.fns = map[string]func(){}
	}
	r.fns[name] = fn
}

func (r *registry) install() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.installed {
		return
	}
	r.installed = true
	for _, c := range table {
		if fn := r.fns[c.Name]; fn != nil {
			fn()
		}
	}
}

// TestMain serves as the TestMain of a package whose tests use the object model without an
// interpreter: it makes the changes, as interp would, then runs the tests (m is the
// package's *testing.M) and exits with their status.
func TestMain(m interface{ Run() int }) {
	Install()
	os.Exit(m.Run())
}
