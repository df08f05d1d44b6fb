package pickle

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/objects"
)

// Instances of Python subclasses of builtin types carry a Go value of the builtin type
// (objects.NativeOf). CPython's int, float, complex, str, bytes and tuple define
// __getnewargs__, and set and frozenset define __reduce__; the object model's types do not,
// so the pickler supplies them here with CPython's results.

// nativeNewArgs is the builtin __getnewargs__ of an instance of a subclass of int, float,
// complex, str, bytes or tuple: the builtin value (real and imaginary parts for complex).
// ok is false for other objects.
func nativeNewArgs(obj py.Object) (args py.Tuple, ok bool) {
	native := objects.NativeOf(obj)
	if native == obj {
		return nil, false
	}
	switch v := native.(type) {
	case py.Int, *py.BigInt, py.Float, py.String, py.Bytes:
		return py.Tuple{v}, true
	case py.Tuple:
		return py.Tuple{append(py.Tuple{}, v...)}, true
	case py.Complex:
		return py.Tuple{py.Float(real(v)), py.Float(imag(v))}, true
	}
	return nil, false
}

// reduceNativeSet is set.__reduce__ and frozenset.__reduce__ for an instance of a subclass
// of set or frozenset: (type(obj), (list(obj),), obj.__getstate__()). ok is false for
// other objects.
func reduceNativeSet(obj py.Object) (py.Object, bool, error) {
	native := objects.NativeOf(obj)
	if native == obj {
		return nil, false, nil
	}
	s, ok := native.(itemSet)
	if !ok {
		return nil, false, nil
	}
	switch native.(type) {
	case *objects.Set, *objects.FrozenSet:
	default:
		return nil, false, nil
	}
	state, err := GetState(obj)
	if err != nil {
		return nil, true, err
	}
	items := append([]py.Object{}, s.Items()...)
	return py.Tuple{obj.Type(), py.Tuple{py.NewListFromItems(items)}, state}, true, nil
}
