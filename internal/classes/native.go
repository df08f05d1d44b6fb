package classes

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

func init() {
	// The methods objects puts on dict, set, list ... unwrap instances of their Python
	// subclasses with NativeOf; printf-style % asks whether an operand is a user instance.
	objects.NativeOf = NativeOf
	objects.IsUserInstance = func(o py.Object) bool { return AsInstance(o) != nil }
}

// AllocFunc allocates the Go value for an instance of cls (cls is the native type itself or
// any Python subclass of it). It must call Instance.Init(cls, value) on the embedded
// Instance. args and kwargs are the constructor call's arguments (for types that, like
// BaseException, record them at allocation); __init__ is called afterwards as usual.
type AllocFunc func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error)

var (
	nativeMu sync.RWMutex
	natives  = map[*py.Type]AllocFunc{}
)

// NewNativeType declares a Go type that Python code can call and subclass.
//
// The Go struct embeds Instance and alloc creates it:
//
//	type Process struct {
//		classes.Instance
//		name string
//	}
//	var ProcessType = classes.NewNativeType("Process", "multiprocessing.process", doc,
//		py.ObjectType, func(cls *py.Type, args py.Tuple, kw py.StringDict) (py.Object, error) {
//			p := &Process{}
//			p.Init(cls, p)
//			return p, nil
//		})
//	ProcessType.Dict["__init__"] = classes.NewMethod("__init__", "", processInit)
//	ProcessType.Dict["start"] = classes.NewMethod("start", "", processStart)
//
// Go methods go in the type's Dict (made with NewMethod); they receive the Go struct as self
// for instances of every subclass. Python attributes set on self are kept in the embedded
// Instance. To call a method a subclass may override (run), Go code uses
// py.GetAttrString(self, "run") and py.Call. Do not give the struct Go methods named M__x__:
// they would hide the MRO dispatch that makes Python overrides work; put the behaviour in
// the Dict as "__x__" instead. base is the Python base class (py.ObjectType usually);
// module is the __module__ used by repr and pickle.
func NewNativeType(name, module, doc string, base *py.Type, alloc AllocFunc) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Qualname:   name,
		Doc:        doc,
		Base:       base,
		Bases:      py.Tuple{base},
		Dict:       py.StringDict{"__module__": py.String(module)},
		New:        instanceNew,
		Init:       instanceInit,
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE,
	}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	RegisterNative(t, alloc)
	return t
}

// RegisterNative makes alloc the allocator for instances of t and of its Python subclasses,
// and makes t's constructor and subclassing go through this package. Use it for a *py.Type
// made elsewhere (NewNativeType calls it).
func RegisterNative(t *py.Type, alloc AllocFunc) {
	nativeMu.Lock()
	natives[t] = alloc
	nativeMu.Unlock()
	TypeChanged()
	t.New = instanceNew
	t.Init = instanceInit
	t.Flags |= py.TPFLAGS_BASETYPE
}

// nativeAlloc finds the allocator for cls: the first registered native type in its MRO.
func nativeAlloc(cls *py.Type) AllocFunc {
	nativeMu.RLock()
	defer nativeMu.RUnlock()
	for _, b := range cls.Mro {
		if a, ok := natives[b.(*py.Type)]; ok {
			return a
		}
	}
	return nil
}

// wrappedNative returns the gpython builtin type (list, int, str ...) that cls derives from,
// or nil: instances of such classes carry a value of that type in Instance.Native.
func wrappedNative(cls *py.Type) *py.Type {
	root := solidBase(cls)
	if root == py.ObjectType || root == py.TypeType || root.New == nil {
		return nil
	}
	return root
}

// alloc makes a fresh instance of cls (object.__new__(cls, *args)).
func alloc(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if cls.Flags&py.TPFLAGS_IS_ABSTRACT != 0 {
		return nil, abstractError(cls)
	}
	if a := nativeAlloc(cls); a != nil {
		return a(cls, args, kwargs)
	}
	i := NewInstance(cls)
	if root := wrappedNative(cls); root != nil {
		if _, mutable := root.Dict["__init__"]; mutable {
			// A mutable builtin (list, dict, set) is filled by __init__: the subclass's,
			// then the builtin's through super(), as in CPython.
			args, kwargs = nil, nil
		}
		v, err := root.New(root, args, kwargs)
		if err != nil {
			return nil, err
		}
		i.Native = v
		i.syncDel()
		objects.Adopt(v, i.ownerRef())
	}
	return i, nil
}

// NativeOf returns the Go value a user instance wraps (for list/dict/int... subclasses), or
// the object itself.
func NativeOf(o py.Object) py.Object {
	if i := AsInstance(o); i != nil && i.Native != nil {
		return i.Native
	}
	return o
}

// exposeInit gives a builtin type whose initialisation is its Go Init function (dict, set)
// an __init__ in its Dict, so that subclasses can call super().__init__(...).
func exposeInit(root *py.Type) {
	if _, ok := root.Dict["__init__"]; ok || root.Init == nil || isOurNew(root) {
		return
	}
	initFn := root.Init
	root.Dict["__init__"] = NewMethodOf(root.Name, "__init__", "Initialize self.",
		func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := initFn(NativeOf(self), args, kwargs); err != nil {
				return nil, err
			}
			return py.None, nil
		})
}

// installListInit is list.__init__ for list subclasses, if objects gave none (change classes/list-init).
func installListInit() {
	if _, ok := py.ListType.Dict["__init__"]; !ok {
		py.ListType.Dict["__init__"] = NewMethod("__init__", "Initialize self from an iterable.",
			func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				l, ok := NativeOf(self).(*py.List)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'list' object")
				}
				var it py.Object = py.Tuple{}
				if err := py.UnpackTuple(args, kwargs, "list", 0, 1, &it); err != nil {
					return nil, err
				}
				items, err := py.SequenceList(it)
				if err != nil {
					return nil, err
				}
				l.Items = append(l.Items[:0], items.Items...)
				return py.None, nil
			})
	}
}
