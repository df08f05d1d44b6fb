package pickle

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// object.__reduce_ex__ and object.__reduce__, as Python code calls them (copy, a
// __reduce_ex__ calling super()), are ReduceEx in the interpreter of the calling thread.
func init() {
	classes.ReduceExHook = func(self py.Object, proto int, viaReduce bool) (py.Object, error) {
		t := gil.Holding()
		if t == nil {
			return nil, py.ExceptionNewf(py.SystemError, "object.__reduce_ex__() called outside an interpreter")
		}
		ctx := t.Runtime().Context()
		if viaReduce {
			return commonReduce(ctx, self, proto)
		}
		return ReduceEx(ctx, self, proto)
	}
}

// Reductions of builtin types the object model does not define.
//
// Instances of Python subclasses of builtin types carry a Go value of the builtin type
// (objects.NativeOf). CPython's int, float, complex, str, bytes and tuple define
// __getnewargs__, and set and frozenset define __reduce__; the object model's types do not,
// so the pickler supplies them here with CPython's results.

// nativeNewArgs is the builtin __getnewargs__ of an int, float, complex, str, bytes or
// tuple, or of an instance of a subclass of one: the builtin value (real and imaginary
// parts for complex). ok is false for other objects.
func nativeNewArgs(obj py.Object) (args py.Tuple, ok bool) {
	switch v := objects.NativeOf(obj).(type) {
	case py.Int, *py.BigInt, py.Float, py.String, py.Bytes:
		return py.Tuple{v}, true
	case py.Tuple:
		return py.Tuple{append(py.Tuple{}, v...)}, true
	case py.Complex:
		return py.Tuple{py.Float(real(v)), py.Float(imag(v))}, true
	}
	return nil, false
}

// reduceNativeSet is set.__reduce__ and frozenset.__reduce__, for sets and instances of
// their subclasses: (type(obj), (list(obj),), obj.__getstate__()). ok is false for other
// objects.
func reduceNativeSet(obj py.Object) (py.Object, bool, error) {
	native := objects.NativeOf(obj)
	switch native.(type) {
	case *objects.Set, *objects.FrozenSet:
	default:
		return nil, false, nil
	}
	s, ok := native.(itemSet)
	if !ok {
		return nil, false, nil
	}
	state, err := GetState(obj)
	if err != nil {
		return nil, true, err
	}
	items := append([]py.Object{}, s.Items()...)
	return py.Tuple{obj.Type(), py.Tuple{py.NewListFromItems(items)}, state}, true, nil
}

// newObjBuiltins are the builtin types whose object.__reduce_ex__(2) is the __newobj__ form
// (CPython's reduce_newobj, with their __getnewargs__ and the list and dict items).
var newObjBuiltins = map[string]bool{"list": true, "dict": true, "set": true, "frozenset": true,
	"tuple": true, "str": true, "bytes": true, "int": true, "float": true, "complex": true, "complex64": true}

// reduceBuiltin is the __reduce__ of builtin types whose instances CPython pickles by
// value: range and slice, as (type, (start, stop, step)), and a builtin function, by its
// name.
func reduceBuiltin(obj py.Object) (py.Object, bool) {
	switch o := obj.(type) {
	case *py.Method:
		return py.String(o.Name), true
	case *py.Range:
		return py.Tuple{obj.Type(), py.Tuple{o.Start, o.Stop, o.Step}}, true
	case *objects.BigRange:
		return py.Tuple{obj.Type(), o.Args()}, true
	case *py.Slice:
		return py.Tuple{obj.Type(), py.Tuple{noneIfNil(o.Start), noneIfNil(o.Stop), noneIfNil(o.Step)}}, true
	}
	return nil, false
}

func noneIfNil(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// cannotPickle is the TypeError of object.__reduce_ex__ for an object of a builtin type
// without a reduction: copyreg's message with the type's __name__ for protocols 0-1, the
// C message with tp_name (module-qualified for types of extension modules, such as
// '_thread.lock') for protocol 2 and above, where variable-size types (code, memoryview)
// have their own wording.
func cannotPickle(obj py.Object, proto int) error {
	if proto < 2 {
		return py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", typeName(obj))
	}
	t := obj.Type()
	name := typeName(obj)
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" && t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		name = string(m) + "." + name
	}
	switch name {
	case "code", "memoryview":
		return py.ExceptionNewf(py.TypeError, "cannot pickle %s objects", name)
	}
	return py.ExceptionNewf(py.TypeError, "cannot pickle '%s' object", name)
}
