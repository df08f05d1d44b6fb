package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// The immutable builtin types get their own __new__ (tuple.__new__(cls, iterable),
// int.__new__(cls, x) ...), so that a subclass overriding __new__ can build its value with
// super().__new__(cls, ...), as namedtuple's classes and int/str subclasses do. Without it
// the lookup found object.__new__, which refuses arguments.
// installBuiltinNew gives tuple, int, float, str, bytes and frozenset a __new__ that subclasses reach (change classes/builtin-new).
func installBuiltinNew() {
	for _, t := range []*py.Type{py.TupleType, py.IntType, py.FloatType, py.StringType, py.BytesType, objects.FrozenSetType} {
		if _, ok := t.Dict["__new__"]; ok || t.New == nil {
			continue
		}
		root := t
		t.Dict["__new__"] = &py.StaticMethod{Callable: NewMethodOf(t.Name, "__new__", "Create and return a new object.",
			func(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return builtinNew(root, cls, args, kwargs)
			}), Dict: py.NewStringDict()}
	}
}

// builtinNew is root.__new__(cls, *args, **kwargs) for an immutable builtin type root.
func builtinNew(root *py.Type, cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, ok := cls.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", root.Name, cls.Type().Name)
	}
	if !t.IsSubtype(root) {
		return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", root.Name, t.Name, t.Name, root.Name)
	}
	if t == root {
		return root.New(root, args, kwargs)
	}
	if t.Flags&py.TPFLAGS_IS_ABSTRACT != 0 {
		return nil, abstractError(t)
	}
	v, err := root.New(root, args, kwargs)
	if err != nil {
		return nil, err
	}
	i := NewInstance(t)
	i.Native = v
	i.syncDel()
	objects.Adopt(v, i.ownerRef())
	return i, nil
}
