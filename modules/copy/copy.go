// Package copy provides Python's copy module, written in Python by gopy (copy.py,
// embedded): copy and deepcopy with their memo, honouring __copy__, __deepcopy__,
// copyreg.dispatch_table, __reduce_ex__ and __reduce__ (state, slot state, __setstate__,
// list and dict items), and copy.Error for objects that cannot be copied.
package copy

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/modules/pickle"  // copyreg, and object.__reduce_ex__'s rules
	_ "github.com/gopyrt/gopy/modules/types" // types, which copy.py imports
)

//go:embed copy.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "copy", Doc: "Generic (shallow and deep) copying operations.", FileDesc: "<frozen copy>"},
		Methods: []*py.Method{py.MustNewMethod("_reduce_ex", reduceEx, 0,
			"_reduce_ex(obj, protocol): obj.__reduce_ex__(protocol), with CPython's object.__reduce_ex__ for classes that do not override it.")},
		CodeSrc: source,
	})
}

// reduceEx is x.__reduce_ex__(proto) as copy needs it: a class's own __reduce_ex__, else
// pickle.ReduceEx (a __reduce__ override, __getnewargs__, __getstate__, slots, list and
// dict items), which gopy's object.__reduce_ex__ does not cover.
func reduceEx(self py.Object, args py.Tuple) (py.Object, error) {
	var obj, proto py.Object
	if err := py.UnpackTuple(args, nil, "_reduce_ex", 2, 2, &obj, &proto); err != nil {
		return nil, err
	}
	p, err := py.Index(proto)
	if err != nil {
		return nil, err
	}
	if v := obj.Type().Lookup("__reduce_ex__"); v != nil && v != py.ObjectType.Dict["__reduce_ex__"] {
		m, err := py.GetAttrString(obj, "__reduce_ex__")
		if err != nil {
			return nil, err
		}
		return py.Call(m, py.Tuple{proto}, nil)
	}
	return pickle.ReduceEx(self.(*py.Module).Context, obj, int(p))
}
