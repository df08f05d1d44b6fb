package compiler

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// Runtime holds the functions that generated code calls for the constructs whose gpython VM
// opcode gives wrong results (dict and set displays, % on str, comparisons, f-string fields,
// subscripts, "in" and unpacking of the types gpython's VM cannot reach, such as bytes).
// Generated code reaches them through constants, so replacing a field changes every program
// compiled afterwards. The object model (package objects) installs its own implementations
// through interp's wiring; the defaults below only keep the compiler usable on its own.
type Runtime struct {
	// NewDict builds {k1: v1, k2: v2, ...} from kv = k1, v1, k2, v2, ... in source order.
	NewDict func(kv []py.Object) (py.Object, error)
	// NewSet builds {x1, x2, ...} in source order.
	NewSet func(items []py.Object) (py.Object, error)
	// Mod computes a % b (printf-style formatting when a is a str).
	Mod func(a, b py.Object) (py.Object, error)
	// Compare computes a <op> b for op one of "<", "<=", "==", "!=", ">", ">=".
	Compare func(op string, a, b py.Object) (py.Object, error)
	// EnterHandler is called when an except clause starts handling value, caught with
	// traceback tb; ExitHandler when that clause ends, however it ends. The object model
	// keeps the exceptions being handled, for __context__ and __traceback__.
	EnterHandler func(tb, value py.Object)
	ExitHandler  func()
	// SuspendHandlers is called when a generator yields inside n except clauses: it takes
	// their exceptions off the object model's stack (CPython swaps a generator's exception
	// state out) and returns them; ResumeHandlers puts them back when the generator resumes.
	SuspendHandlers func(n int) py.Object
	ResumeHandlers  func(saved py.Object)
	// FormatValue formats one f-string field: conv is 0, 'r', 's' or 'a'; spec is the
	// already-evaluated format spec ("" when absent).
	FormatValue func(v py.Object, conv byte, spec string) (py.Object, error)
	// ConcatBytes computes a + b for a bytes or bytearray and any bytes-like b (a result of
	// a's type); ok is false for other operands, which py.Add handles.
	ConcatBytes func(a, b py.Object) (res py.Object, ok bool)
	// Iter returns the iterator a for loop or comprehension walks (iter(x)); it serves the
	// types gpython's GET_ITER does not know (bytes).
	Iter func(x py.Object) (py.Object, error)
	// CallNoArgs calls fn() where fn was named vars or dir; locals is the calling frame's
	// namespace, which those builtins read when called without arguments.
	CallNoArgs func(fn, locals py.Object) (py.Object, error)
	// GetItem computes container[key] (generated code handles lists, tuples and strs
	// itself); Contains computes x in container.
	GetItem  func(container, key py.Object) (py.Object, error)
	Contains func(container, x py.Object) (bool, error)
	// StrItem computes s[key] for the keys it serves quickly (ok false: the subscript
	// goes through gpython's str indexing); nil: always gpython's.
	StrItem func(s py.String, key py.Object) (v py.Object, ok bool)
	// ClassStore and ClassDelete carry out name = value and del name in a class body,
	// whose namespace ns (the frame's locals) is a py.StringDict: the object model also
	// gives them to the mapping the metaclass's __prepare__ returned and records the
	// order of definition.
	ClassStore  func(value, ns py.Object, name string) error
	ClassDelete func(ns py.Object, name string) error
	// ClassNamespace returns the namespace of the running class body (its frame's
	// locals), for ClassStore and ClassDelete. Nil: generated code gets it by calling
	// locals(), whose copy of the frame's cells into the namespace removes a __class__
	// the body bound while its methods' __class__ cell is still empty.
	ClassNamespace func() py.Object
	// IsInstance is isinstance(obj, cls) with the metaclass's __instancecheck__ (class
	// patterns, match.go). Nil: the type's MRO alone.
	IsInstance func(obj, cls py.Object) (bool, error)
	// Poll is the switch point of loops that make no call (poll.go): it may hand the GIL
	// to another thread, and runs pending signal handlers, returning the exception one
	// raised. Nil: nothing to do.
	Poll func() error
	// AfterDel is the finalization point after a del statement (delpoint.go): it returns
	// how many objects a collection finished, -1 when it did not collect. Nil: nothing to
	// do.
	AfterDel func() int
	// AfterRebind is the finalization point after a name was rebound or an item removed
	// (delpoint.go): seen is the point's count of registrations at its last collection
	// (nil after x = None or a slice store), wide says that the objects of every frame of
	// the thread are looked at. It returns how many objects were finished, -1 if it did
	// not collect.
	AfterRebind func(seen *atomic.Uint64, wide bool) int
	// HandledFinalizable reports, once, that an except clause ended handling an exception
	// whose class has __del__ (the handler point after the clause then runs AfterDel).
	HandledFinalizable func() bool
	// Reraise is a bare raise outside any except clause of its function: the error that
	// raises the exception being handled by a caller (sys.exc_info()), nil if none.
	Reraise func() error
	// Raise is the raise statement with an expression: the error that raises exc (an
	// exception class or instance) with the given cause (hasCause distinguishes
	// "raise X from None" from "raise X"). gpython's RAISE_VARARGS only raises its own
	// *py.Exception values and instantiates a class without calling it, so generated code
	// calls this instead. Nil: defaultRaise.
	Raise func(exc, cause py.Object, hasCause bool) error
	// With starts "with mgr" (CPython's BEFORE_WITH): it checks the protocol and returns
	// the context manager SETUP_WITH and WITH_CLEANUP work on, whose __exit__ calls the
	// manager's with the body's exception being handled. Nil: mgr itself.
	With func(mgr py.Object) (py.Object, error)
	// Display shows the value of an expression statement of code compiled in mode
	// 'single' (CPython's PRINT_EXPR: sys.displayhook). Nil: gpython's PRINT_EXPR.
	Display func(value py.Object) error
	// SpecialAttr loads obj.name for the names IsSpecialAttrName lists (specialattr.go):
	// the type's dict answers before gpython's Go methods. Nil: py.GetAttrString.
	SpecialAttr func(obj py.Object, name string) (py.Object, error)
	// BeforeDrop is given what `del name` is about to drop (delpoint.go). Nil: nothing.
	BeforeDrop func(v py.Object)
}

// The slices passed to NewDict and NewSet belong to the callee.

// RT is the Runtime used by code compiled from now on.
var RT = Runtime{
	Iter: py.Iter,
	ClassStore: func(value, ns py.Object, name string) error {
		ns.(py.StringDict)[name] = value
		return nil
	},
	ClassDelete: func(ns py.Object, name string) error {
		sd := ns.(py.StringDict)
		if _, ok := sd[name]; !ok {
			return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
		}
		delete(sd, name)
		return nil
	},
	CallNoArgs: func(fn, _ py.Object) (py.Object, error) {
		return py.Call(fn, nil, nil)
	},
	GetItem:  py.GetItem,
	Contains: py.SequenceContains,
	NewDict: func(kv []py.Object) (py.Object, error) {
		d := py.NewStringDict()
		for i := 0; i+1 < len(kv); i += 2 {
			if _, err := d.M__setitem__(kv[i], kv[i+1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	},
	NewSet:  func(items []py.Object) (py.Object, error) { return py.NewSetFromItems(items), nil },
	Mod:     py.Mod,
	Compare: defaultCompare,
	FormatValue: func(v py.Object, conv byte, spec string) (py.Object, error) {
		switch conv {
		case 'r', 'a':
			return py.Repr(v)
		}
		return py.Str(v)
	},
	EnterHandler:    func(tb, value py.Object) {},
	ExitHandler:     func() {},
	SuspendHandlers: func(int) py.Object { return py.None },
	ResumeHandlers:  func(py.Object) {},
}

// defaultCompare is gpython's comparison plus the lexicographic ordering of tuples and
// lists, which gpython's types lack.
func defaultCompare(op string, a, b py.Object) (py.Object, error) {
	if x, y, ok := sequences(a, b); ok && op != "==" && op != "!=" {
		for i := 0; i < len(x) && i < len(y); i++ {
			eq, err := py.Eq(x[i], y[i])
			if err != nil {
				return nil, err
			}
			if eq != py.True {
				return defaultCompare(op, x[i], y[i])
			}
		}
		return defaultCompare(op, py.Int(len(x)), py.Int(len(y)))
	}
	switch op {
	case "<":
		return py.Lt(a, b)
	case "<=":
		return py.Le(a, b)
	case "==":
		return py.Eq(a, b)
	case "!=":
		return py.Ne(a, b)
	case ">":
		return py.Gt(a, b)
	default:
		return py.Ge(a, b)
	}
}

// sequences returns the items of a and b when both are tuples or both are lists.
func sequences(a, b py.Object) (x, y []py.Object, ok bool) {
	switch a := a.(type) {
	case py.Tuple:
		if b, isTuple := b.(py.Tuple); isTuple {
			return a, b, true
		}
	case *py.List:
		if b, isList := b.(*py.List); isList {
			return a.Items, b.Items, true
		}
	}
	return nil, nil, false
}
