package pickle

import (
	"github.com/go-python/gpython/py"
)

// The copyreg module: the dispatch table and extension registry the pickler consults, and
// the constructors that protocol 0-2 pickles name (copyreg._reconstructor, __newobj__,
// __newobj_ex__). The _codecs module provides encode, named by protocol 0-2 pickles of bytes.

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "copyreg", Doc: "Helper to provide extensibility for pickle.", FileDesc: "<copyreg>"},
		Methods: []*py.Method{
			py.MustNewMethod("pickle", copyregPickle, 0, "pickle(ob_type, pickle_function, constructor_ob=None)"),
			py.MustNewMethod("constructor", copyregConstructor, 0, "constructor(object)"),
			py.MustNewMethod("__newobj__", copyregNewObj, 0, "__newobj__(cls, *args)"),
			py.MustNewMethod("__newobj_ex__", copyregNewObjEx, 0, "__newobj_ex__(cls, args, kwargs)"),
			py.MustNewMethod("_reconstructor", copyregReconstructor, 0, "_reconstructor(cls, base, state)"),
			py.MustNewMethod("add_extension", copyregAddExtension, 0, "add_extension(module, name, code)"),
			py.MustNewMethod("remove_extension", copyregRemoveExtension, 0, "remove_extension(module, name, code)"),
			py.MustNewMethod("clear_extension_cache", copyregClearCache, 0, "clear_extension_cache()"),
			py.MustNewMethod("_slotnames", copyregSlotnames, 0, "_slotnames(cls)"),
			py.MustNewMethod("_reduce_ex", copyregReduceEx, 0, "_reduce_ex(self, proto)"),
			pickleComplex,
		},
		Globals: py.StringDict{},
		// The registries are created per interpreter by the module body.
		CodeSrc: "__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']\n" +
			"_HEAPTYPE = 1 << 9\n" +
			"dispatch_table = _new_dict()\ndispatch_table[complex] = pickle_complex\n" +
			"_extension_registry = _new_dict()\n_inverted_registry = _new_dict()\n_extension_cache = _new_dict()\ndel _new_dict\n" +
			forkStateSource,
	})
	impl := py.GetModuleImpl("copyreg")
	impl.Methods = append(impl.Methods, py.MustNewMethod("_new_dict", func(self py.Object, args py.Tuple) (py.Object, error) {
		return newDict(), nil
	}, 0, ""))
}

// forkStateSource gives multiprocessing's 'fork' start method what a forked child keeps
// of copyreg (the child imports it afresh): the reducers and extension codes the script
// registered.
const forkStateSource = `
def _fork_state():
    added = {t: f for t, f in dispatch_table.items() if t is not complex}
    return added, dict(_extension_registry)

def _fork_restore(state):
    added, codes = state
    dispatch_table.update(added)
    for (module, name), code in codes.items():
        add_extension(module, name, code)
`

// pickleComplex is copyreg.pickle_complex, the dispatch_table entry of complex.
var pickleComplex = py.MustNewMethod("pickle_complex", func(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "pickle_complex() takes 1 positional argument but %d were given", len(args))
	}
	c, ok := args[0].(py.Complex)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'real'", typeName(args[0]))
	}
	return py.Tuple{nativeBuiltin("complex"), py.Tuple{py.Float(real(c)), py.Float(imag(c))}}, nil
}, 0, "pickle_complex(c)")

// copyregSlotnames is copyreg._slotnames(cls): the names of the slots of cls and its bases
// (private names mangled, __dict__ and __weakref__ left out), cached in cls.__slotnames__.
func copyregSlotnames(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "_slotnames() takes 1 positional argument but %d were given", len(args))
	}
	cls, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__dict__'", typeName(args[0]))
	}
	if cached, ok := cls.Dict["__slotnames__"]; ok {
		return cached, nil
	}
	names, err := slotNames(cls)
	if err != nil {
		return nil, err
	}
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	list := py.NewListFromItems(items)
	if isUserClass(cls) {
		_, _ = py.SetAttrString(cls, "__slotnames__", list)
	}
	return list, nil
}

// copyregReduceEx is copyreg._reduce_ex(self, proto), object.__reduce_ex__ for protocols 0-1.
func copyregReduceEx(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_reduce_ex() takes 2 positional arguments but %d were given", len(args))
	}
	proto, err := py.MakeGoInt(args[1])
	if err != nil {
		return nil, err
	}
	return reduceProto01(contextOf(self), args[0], proto)
}

func moduleGlobal(self py.Object, name string) py.Object {
	if m, ok := self.(*py.Module); ok {
		return m.Globals[name]
	}
	return nil
}

func copyregPickle(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obType, fn, ctor py.Object
	if err := kwArgs("pickle", args, kwargs, 3, []string{"ob_type", "pickle_function", "constructor_ob"}, 2, &obType, &fn, &ctor); err != nil {
		return nil, err
	}
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "reduction functions must be callable")
	}
	if err := dictSet(moduleGlobal(self, "dispatch_table"), obType, fn); err != nil {
		return nil, err
	}
	if ctor != nil && ctor != py.None && !isCallable(ctor) {
		return nil, py.ExceptionNewf(py.TypeError, "constructors must be callable")
	}
	return py.None, nil
}

func copyregConstructor(self py.Object, arg py.Object) (py.Object, error) {
	if !isCallable(arg) {
		return nil, py.ExceptionNewf(py.TypeError, "constructors must be callable")
	}
	return py.None, nil
}

func copyregNewObj(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj__() missing 1 required positional argument: 'cls'")
	}
	t, ok := args[0].(*py.Type)
	if !ok || !isClass(t) {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj__(X): X is not a type object (%s)", typeName(args[0]))
	}
	return newInstance(t, args[1:], nil)
}

func copyregNewObjEx(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj_ex__() takes 3 positional arguments but %d were given", len(args))
	}
	t, ok := args[0].(*py.Type)
	if !ok || !isClass(t) {
		return nil, py.ExceptionNewf(py.TypeError, "__newobj_ex__(X): X is not a type object (%s)", typeName(args[0]))
	}
	a, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument list must be a tuple")
	}
	items, ok := dictItems(args[2])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument after ** must be a mapping, not %s", typeName(args[2]))
	}
	kw := py.NewStringDict()
	for _, kv := range items {
		k, ok := kv[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		kw[string(k)] = kv[1]
	}
	return newInstance(t, a, kw)
}

// copyregReconstructor is copyreg._reconstructor(cls, base, state): object.__new__(cls)
// when base is object, else base.__new__(cls, state) followed by base.__init__(obj, state).
func copyregReconstructor(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "_reconstructor() takes 3 positional arguments but %d were given", len(args))
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !isClass(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	base, ok := args[1].(*py.Type)
	if !ok || !isClass(base) {
		return nil, py.ExceptionNewf(py.TypeError, "_reconstructor() base must be a type")
	}
	if base == py.ObjectType {
		// object.__new__(cls) itself: a __new__ the class defines is not called.
		newFn, err := py.GetAttrString(py.ObjectType, "__new__")
		if err != nil {
			return nil, err
		}
		return py.Call(newFn, py.Tuple{cls}, nil)
	}
	// base.__new__(cls, state), then base.__init__(obj, state) unless it is object's.
	newFn, err := py.GetAttrString(base, "__new__")
	if err != nil {
		return nil, err
	}
	obj, err := py.Call(newFn, py.Tuple{cls, args[2]}, nil)
	if err != nil && cls.New != nil && py.IsException(py.TypeError, err) {
		// The object model's dict has no __new__ of its own yet (the lookup finds
		// type.__new__): build the instance through the class's Go constructor.
		obj, err = cls.New(cls, py.Tuple{args[2]}, nil)
	}
	if err != nil {
		return nil, err
	}
	// base.__init__ is looked up in the dicts of base's MRO: attribute access on a type
	// gives a new method object each time, never "is" object's.
	if initFn := base.Lookup("__init__"); initFn != nil && !identical(initFn, py.ObjectType.Dict["__init__"]) {
		if initFn, err = lookupAttr(base, "__init__"); err != nil {
			return nil, err
		}
		if _, err := py.Call(initFn, py.Tuple{obj, args[2]}, nil); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func extensionArgs(self py.Object, fn string, args py.Tuple) (py.Tuple, py.Object, int, error) {
	if len(args) != 3 {
		return nil, nil, 0, py.ExceptionNewf(py.TypeError, "%s() takes 3 positional arguments but %d were given", fn, len(args))
	}
	code, err := py.MakeGoInt(args[2])
	if err != nil {
		return nil, nil, 0, err
	}
	if code < 1 || code > 0x7fffffff {
		return nil, nil, 0, py.ExceptionNewf(py.ValueError, "code out of range")
	}
	return py.Tuple{args[0], args[1]}, py.Int(code), code, nil
}

func copyregAddExtension(self py.Object, args py.Tuple) (py.Object, error) {
	key, code, _, err := extensionArgs(self, "add_extension", args)
	if err != nil {
		return nil, err
	}
	reg, inv := moduleGlobal(self, "_extension_registry"), moduleGlobal(self, "_inverted_registry")
	if old, ok, _ := dictGet(reg, key); ok && !identical(old, code) {
		if eq, _ := py.Eq(old, code); eq != py.True {
			return nil, py.ExceptionNewf(py.ValueError, "key %s is already registered with code %s", reprOf(key), reprOf(old))
		}
	}
	if old, ok, _ := dictGet(inv, code); ok {
		if eq, _ := py.Eq(old, key); eq != py.True {
			return nil, py.ExceptionNewf(py.ValueError, "code %s is already in use for key %s", reprOf(code), reprOf(old))
		}
	}
	if err := dictSet(reg, key, code); err != nil {
		return nil, err
	}
	return py.None, dictSet(inv, code, key)
}

func copyregRemoveExtension(self py.Object, args py.Tuple) (py.Object, error) {
	key, code, _, err := extensionArgs(self, "remove_extension", args)
	if err != nil {
		return nil, err
	}
	reg, inv := moduleGlobal(self, "_extension_registry"), moduleGlobal(self, "_inverted_registry")
	old, ok, _ := dictGet(reg, key)
	if !ok {
		return nil, py.ExceptionNewf(py.ValueError, "key %s is not registered with code %s", reprOf(key), reprOf(code))
	}
	if eq, _ := py.Eq(old, code); eq != py.True {
		return nil, py.ExceptionNewf(py.ValueError, "key %s is not registered with code %s", reprOf(key), reprOf(code))
	}
	for _, d := range []py.Object{reg, inv, moduleGlobal(self, "_extension_cache")} {
		var k py.Object = key
		if d != reg {
			k = code
		}
		if _, err := py.DelItem(d, k); err != nil && !py.IsException(py.KeyError, err) {
			return nil, err
		}
	}
	return py.None, nil
}

func copyregClearCache(self py.Object, args py.Tuple) (py.Object, error) {
	if m, ok := self.(*py.Module); ok {
		m.Globals["_extension_cache"] = newDict()
	}
	return py.None, nil
}
