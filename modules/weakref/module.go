package weakref

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/internal/objects"
)

var (
	//go:embed weakref.py
	weakrefSource string
	//go:embed dicts.py
	dictsSource string
	//go:embed _weakrefset.py
	weakrefsetSource string
)

// register registers _weakref, _weakrefset and weakref (once RefType exists).
func register() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_weakref", Doc: "Weak-reference support module.", FileDesc: "<frozen _weakref>"},
		Methods: []*py.Method{
			py.MustNewMethod("getweakrefcount", getweakrefcount, 0, "Return the number of weak references to 'object'."),
			py.MustNewMethod("getweakrefs", getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."),
			py.MustNewMethod("_remove_dead_weakref", removeDeadWeakref, 0, "Atomically remove key from dict if it points to a dead weakref."),
		},
		Globals: py.StringDict{"ref": RefType, "ReferenceType": RefType},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_weakrefset", FileDesc: "<frozen _weakrefset>"},
		CodeSrc: weakrefsetSource,
	})
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "weakref", Doc: "Support for weak references.", FileDesc: "<frozen weakref>"},
	}, weakrefSource, dictsSource)
}

func refsTo(o py.Object) []*Ref {
	t, _, err := targetOf(o)
	if err != nil {
		return nil
	}
	return liveRefs(t.wp)
}

func getweakrefcount(self, o py.Object) (py.Object, error) {
	return py.Int(len(refsTo(o))), nil
}

func getweakrefs(self, o py.Object) (py.Object, error) {
	rs := refsTo(o)
	l := py.NewListSized(len(rs))
	for i, r := range rs {
		l.Items[i] = r
	}
	return l, nil
}

func removeDeadWeakref(self py.Object, args py.Tuple) (py.Object, error) {
	var d, key py.Object
	if err := py.UnpackTuple(args, nil, "_remove_dead_weakref", 2, 2, &d, &key); err != nil {
		return nil, err
	}
	dict, ok := objects.NativeOf(d).(*objects.Dict)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", d.Type().Name)
	}
	v, found, err := dict.GetItem(key)
	if err != nil || !found {
		return py.None, err
	}
	if r, ok := v.(*Ref); ok && r.target.value() == nil {
		_, err = dict.DelItem(key)
	}
	return py.None, err
}
