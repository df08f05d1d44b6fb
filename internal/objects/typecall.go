package objects

import "github.com/go-python/gpython/py"

// typeCall calls v's special method name with v and args, as CPython's slot lookup does,
// reporting whether there was one. py.TypeCall looks into the dictionary of v itself when v
// is a *py.Type: right for gpython's own class instances (also *py.Type values), wrong for
// a class, whose special methods come from its metaclass (format(int) must not call
// int.__format__ with int as self, reversed(C) must not call C.__reversed__). A class is
// asked through a metaclass that defines name itself; type's and object's defaults are
// left to the caller's fallback, which gives CPython's result for a class.
func typeCall(v py.Object, name string, args ...py.Object) (py.Object, bool, error) {
	call := append(py.Tuple{v}, args...)
	t, ok := v.(*py.Type)
	if !ok || t.Type() == nil || !t.Type().IsSubtype(py.TypeType) {
		return py.TypeCall(v, name, call, nil)
	}
	for _, b := range t.Type().Mro {
		mt := b.(*py.Type)
		if mt == py.TypeType || mt == py.ObjectType {
			break
		}
		if m, found := mt.Dict[name]; found {
			res, err := py.Call(m, call, nil)
			return res, true, err
		}
	}
	return nil, false, nil
}
