package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/internal/objects"
)

// Sentinels installed in object's dict: finding them in an MRO means "not overridden".
var (
	objectNew          *py.StaticMethod
	objectInit         *py.Method
	objectGetattribute *py.Method
	objectSetattr      *py.Method
	objectDelattr      *py.Method
	objectInitSubclass *py.ClassMethod
)

// instanceNew is the New of every class made here: it calls __new__ (user-defined, a native
// type's, or object's) as CPython's slot_tp_new does.
func instanceNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if call := metaCall(cls); call != nil {
		// The metaclass defines __call__: it decides what C(...) returns, and has already
		// initialised it (through type.__call__), so gpython's Init that follows is skipped.
		res, err := callBound(call, cls, cls.Type(), args, kwargs)
		if err != nil {
			return nil, err
		}
		if i := AsInstance(res); i != nil {
			i.skipInit = true
		}
		return res, nil
	}
	if info := infoOf(cls); info.plainNew {
		// object.__new__ of a plain class (newObject and alloc, without their lookups).
		if (len(args) > 0 || len(kwargs) > 0) && (info.init == nil || info.init == objectInit) {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
		}
		if cls.Flags&py.TPFLAGS_IS_ABSTRACT != 0 {
			return nil, abstractError(cls)
		}
		i := &Instance{}
		i.init(cls, i, info)
		return i, nil
	}
	return newObject(cls, args, kwargs)
}

// metaCall returns a __call__ defined by a Python metaclass of cls, or nil.
func metaCall(cls *py.Type) py.Object {
	meta := cls.Type()
	if meta == nil || meta == py.TypeType || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil
	}
	for _, b := range meta.Mro {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if v, ok := bt.Dict["__call__"]; ok {
			return v
		}
	}
	return nil
}

// typeCallMethod is type.__call__(cls, *args): __new__ then __init__, ignoring any
// metaclass __call__ (which is what calls it).
func typeCallMethod(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if t.New == nil || !isOurNew(t) {
		return t.M__call__(args, kwargs)
	}
	obj, err := newObject(t, args, kwargs)
	if err != nil {
		return nil, err
	}
	if obj.Type().IsSubtype(t) && obj.Type().Init != nil {
		if err := obj.Type().Init(obj, args, kwargs); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func isOurNew(t *py.Type) bool {
	return t.Flags&py.TPFLAGS_HEAPTYPE != 0 || nativeAlloc(t) != nil
}

// newObject is the __new__ step of calling cls.
func newObject(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	nf := Lookup(cls, "__new__")
	if nf == nil || nf == objectNew {
		if cls.IsSubtype(py.TypeType) {
			return typeCall(cls, args, kwargs)
		}
		if (len(args) > 0 || len(kwargs) > 0) && wrappedNative(cls) == nil && nativeAlloc(cls) == nil {
			init := Lookup(cls, "__init__")
			if init == nil || init == objectInit {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
			}
		}
		return alloc(cls, args, kwargs)
	}
	if sm, ok := nf.(*py.StaticMethod); ok {
		nf = sm.Callable
	}
	return py.Call(nf, append(py.Tuple{cls}, args...), kwargs)
}

// instanceInit is the Init of every class made here: it calls __init__ along the MRO.
func instanceInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	if i := AsInstance(self); i != nil && i.skipInit {
		i.skipInit = false
		return nil
	}
	cls := self.Type()
	init := infoOf(cls).init
	if init == nil || init == objectInit {
		return nil
	}
	res, err := callBound(init, self, cls, args, kwargs)
	if err != nil {
		return err
	}
	return CheckInitResult(res)
}

// callBound calls attribute v found on cls as a method of self.
func callBound(v py.Object, self py.Object, cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch f := v.(type) {
	case *py.Function:
		withSelf := make(py.Tuple, len(args)+1)
		withSelf[0] = self
		copy(withSelf[1:], args)
		return f.M__call__(withSelf, kwargs)
	case *py.Method:
		if i := AsInstance(self); i != nil && i.Native != nil && !fromObject(f) && f.Flags&objects.MethKeepSelf == 0 {
			self = i.Native
		}
		if kwargs != nil {
			return f.CallWithKeywords(self, args, kwargs)
		}
		return f.Call(self, args)
	}
	bound, err := descrGet(v, self, cls)
	if err != nil {
		return nil, err
	}
	return py.Call(bound, args, kwargs)
}

// callSpecial looks name up on the class of self and calls it; found is false when the class
// does not define it (or object's default is all there is).
func callSpecial(self py.Object, name string, args ...py.Object) (res py.Object, found bool, err error) {
	cls := self.Type()
	v := Lookup(cls, name)
	if v == nil || isObjectDefault(name, v) {
		return nil, false, nil
	}
	if v == py.None {
		return nil, true, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", "NoneType")
	}
	res, err = callBound(v, self, cls, args, nil)
	return res, true, err
}

var objectDefaults = map[string]py.Object{}

func isObjectDefault(name string, v py.Object) bool {
	d, ok := objectDefaults[name]
	return ok && d == v
}

func objMethod(name, doc string, fn Fn) *py.Method {
	m := NewMethodOf("object", name, doc, fn)
	py.ObjectType.Dict[name] = m
	objectDefaults[name] = m
	return m
}

func noArgs(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) != 0 || len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
	}
	return nil
}

// ObjectHash is object.__hash__: identity.
func ObjectHash(self py.Object) py.Int {
	id := uint64(idOf(self))
	if i := AsInstance(self); i != nil {
		id = i.id
	}
	// CPython's hash of an address: rotated right by 4 bits (the low bits of an
	// allocation are zero), so hash(o) == id(o) >> 4.
	return py.Int(int64(id>>4 | id<<60))
}

func init() {
	objectNew = &py.StaticMethod{Callable: NewMethodOf("object", "__new__", "Create and return a new object.",
		func(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, ok := cls.(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", cls.Type().Name)
			}
			if t != py.ObjectType && !isOurNew(t) {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, t.Name)
			}
			if root := wrappedNative(t); root != nil && root != t && (len(args) > 0 || len(kwargs) > 0) {
				// super().__new__(cls, value) in a subclass of tuple, int, str ...: the
				// builtin's own __new__, which gpython's type dicts do not list.
				return alloc(t, args, kwargs)
			}
			if len(args) > 0 || len(kwargs) > 0 {
				if nf := Lookup(t, "__new__"); nf != objectNew {
					return nil, py.ExceptionNewf(py.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
				}
				if init := Lookup(t, "__init__"); init == nil || init == objectInit {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", t.Name)
				}
			}
			return alloc(t, args, kwargs)
		}), Dict: py.NewStringDict()}
	gpyhooks.Register("classes/object", installObjectNew)
	objectInit = objMethod("__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			t := self.Type()
			if init := Lookup(t, "__init__"); init != objectInit {
				return nil, py.ExceptionNewf(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if nf := Lookup(t, "__new__"); nf == objectNew {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", t.Name)
			}
		}
		return py.None, nil
	})
	objectGetattribute = objMethod("__getattribute__", "Return getattr(self, name).", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		name, err := nameArg("__getattribute__", args, 1)
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok {
			return typeGetattribute(t, name)
		}
		return GenericGetAttr(self, name)
	})
	objectSetattr = objMethod("__setattr__", "Implement setattr(self, name, value).", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		name, err := nameArg("__setattr__", args, 2)
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok {
			return py.None, typeSetattr(t, name, args[1])
		}
		return py.None, GenericSetAttr(self, name, args[1])
	})
	objectDelattr = objMethod("__delattr__", "Implement delattr(self, name).", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		name, err := nameArg("__delattr__", args, 1)
		if err != nil {
			return nil, err
		}
		if t, ok := self.(*py.Type); ok {
			return py.None, typeDelattr(t, name)
		}
		return py.None, GenericDelAttr(self, name)
	})
	objMethod("__repr__", "Return repr(self).", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		if AsInstance(self) == nil {
			return py.Repr(self)
		}
		return py.String(defaultRepr(self)), nil
	})
	objMethod("__str__", "Return str(self).", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		return py.Repr(self)
	})
	objMethod("__eq__", "Return self==value.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		if self == args[0] {
			return py.True, nil
		}
		return py.NotImplemented, nil
	})
	objMethod("__ne__", "Return self!=value.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
		}
		res, err := richEq(self, args[0], false)
		if err != nil || res == py.NotImplemented {
			return res, err
		}
		return py.Not(res)
	})
	objMethod("__hash__", "Return hash(self).", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if err := noArgs("__hash__", args, kw); err != nil {
			return nil, err
		}
		if AsInstance(self) == nil {
			if h, ok := self.(py.I__hash__); ok {
				return h.M__hash__()
			}
		}
		return ObjectHash(self), nil
	})
	objMethod("__format__", "Default object formatter.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__format__() takes exactly one argument (%d given)", len(args))
		}
		if s, ok := args[0].(py.String); !ok || s != "" {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return py.Str(self)
	})
	objMethod("__dir__", "Default dir() implementation.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return dirList(self)
	})
	objMethod("__getstate__", "Helper for pickle.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		return getState(self)
	})
	objMethod("__reduce_ex__", "Helper for pickle.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if ReduceExHook == nil {
			return reduceEx(self)
		}
		if len(args) != 1 || len(kw) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "object.__reduce_ex__() takes exactly one argument (%d given)", len(args)+len(kw))
		}
		proto, err := py.MakeGoInt(args[0])
		if err != nil {
			return nil, err
		}
		return ReduceExHook(self, proto, false)
	})
	objMethod("__reduce__", "Helper for pickle.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		if ReduceExHook == nil {
			return reduceEx(self)
		}
		if err := noArgs("object.__reduce__", args, kw); err != nil {
			return nil, err
		}
		return ReduceExHook(self, 0, true)
	})
	objectInitSubclass = &py.ClassMethod{Callable: py.MustNewMethod("__init_subclass__",
		func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
			if len(kw) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "__init_subclass__() takes no keyword arguments")
			}
			return py.None, nil
		}, 0, ""), Dict: py.NewStringDict()}
}

// idOf is the identity of a non-instance object (its address where it has one).
func idOf(o py.Object) uint64 {
	var p uintptr
	fmt.Sscanf(fmt.Sprintf("%p", o), "0x%x", &p)
	if p == 0 {
		if h, ok := o.(py.I__hash__); ok {
			if v, err := h.M__hash__(); err == nil {
				if n, err := py.MakeGoInt64(v); err == nil {
					return uint64(n)
				}
			}
		}
	}
	return uint64(p)
}

// installObjectNew makes object() a featureless instance: gpython's allocates a *py.Type (a
// callable "<class ”>"); CPython's is an Instance of object without a dict.
func installObjectNew() {
	gpythonObjectNew := py.ObjectType.New
	py.ObjectType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.ObjectType {
			return gpythonObjectNew(t, args, kwargs)
		}
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "object() takes no arguments")
		}
		return NewInstance(py.ObjectType), nil
	}
}

// installObjectDict is object.__new__ and object.__init_subclass__ (change
// classes/object-new).
func installObjectDict() {
	py.ObjectType.Dict["__new__"] = objectNew
	py.ObjectType.Dict["__init_subclass__"] = objectInitSubclass
}
