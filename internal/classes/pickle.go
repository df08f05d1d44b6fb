package classes

import "github.com/go-python/gpython/py"

// The pickle support every object has in CPython 3.11 (object.__getstate__,
// object.__reduce_ex__ for protocol 2 and above): the pickle module reaches instances
// through these attributes.

// getState is object.__getstate__: the instance dict (None when empty), paired with the
// slot values when the class has __slots__.
func getState(self py.Object) (py.Object, error) {
	i := AsInstance(self)
	if i == nil {
		if d, ok := self.(py.IGetDict); ok && len(d.GetDict()) > 0 {
			return d.GetDict(), nil
		}
		return py.None, nil
	}
	var state py.Object = py.None
	if i.dict != nil && i.dict.Len() > 0 {
		state = i.dict
	}
	if len(i.slots) > 0 {
		sd := py.NewStringDict()
		for k, v := range i.slots {
			sd[k] = v
		}
		return py.Tuple{state, sd}, nil
	}
	return state, nil
}

// NewObj is copyreg.__newobj__(cls, *args): cls.__new__(cls, *args).
var NewObj = py.MustNewMethod("__newobj__", func(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj__() needs a class")
	}
	cls, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj__() argument 1 must be a class, not %s", args[0].Type().Name)
	}
	nf, err := py.GetAttrString(cls, "__new__")
	if err != nil {
		return nil, err
	}
	return py.Call(nf, args, nil)
}, 0, "Helper for pickle: cls.__new__(cls, *args).")

// ReduceExHook, set by modules/pickle, is object.__reduce_ex__(self, protocol) with CPython's
// rules (a __reduce__ of the class wins; copyreg._reconstructor for protocols 0-1,
// __newobj__ with __getnewargs__ and __getstate__ above). When viaReduce is set it is
// object.__reduce__(), which does not look for an overriding __reduce__. reduceEx stands
// in while the pickle package is not linked.
var ReduceExHook func(self py.Object, proto int, viaReduce bool) (py.Object, error)

// reduceEx is object.__reduce_ex__(protocol) for protocol 2 and above:
// (copyreg.__newobj__, (cls,), state, None, None).
func reduceEx(self py.Object) (py.Object, error) {
	state, err := py.GetAttrString(self, "__getstate__")
	if err != nil {
		return nil, err
	}
	st, err := py.Call(state, nil, nil)
	if err != nil {
		return nil, err
	}
	return py.Tuple{NewObj, py.Tuple{self.Type()}, st, py.None, py.None}, nil
}
