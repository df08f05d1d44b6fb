package classes

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// TypeOf is type(obj) as Python code sees it: gpython's big int type (a separate Go type
// for ints beyond 64 bits) answers int, as every int is one type in CPython.
func TypeOf(obj py.Object) *py.Type {
	switch t := obj.Type(); t {
	case py.BigIntType:
		return py.IntType
	case py.StringDictType:
		// globals(), a module's or a class's namespace: gpython's own dict type, which
		// Python code must see as dict.
		return objects.DictType
	case py.BoundMethodType:
		// A Go method bound to its object ([].append) is, as in CPython, of the type of
		// builtin functions, not a bound method.
		if IsBuiltinMethod(obj) {
			return py.MethodType
		}
		return t
	default:
		return t
	}
}

// IsInstance is isinstance(obj, cls) for one class or a tuple of classes.
func IsInstance(obj, cls py.Object) (bool, error) {
	switch c := cls.(type) {
	case py.Tuple:
		for _, x := range c {
			ok, err := IsInstance(obj, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		// As CPython: an exact type match answers at once; otherwise a metaclass's
		// __instancecheck__ decides (typing's protocols refuse even real subclasses).
		if TypeOf(obj) == c {
			return true, nil
		}
		if meta := c.Type(); meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if f := Lookup(meta, "__instancecheck__"); f != nil {
				res, err := callBound(f, c, meta, py.Tuple{obj}, nil)
				if err != nil {
					return false, err
				}
				return py.ObjectIsTrue(res)
			}
		}
		if TypeOf(obj).IsSubtype(c) {
			return true, nil
		}
		return claimedClass(obj, c)
	}
	if ok, res, err := objectCheck(cls, "__instancecheck__", obj); ok {
		return res, err
	}
	return false, py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// claimedClass answers isinstance(obj, c) for an instance whose class overrides
// __class__ (unittest.mock's specs, proxies): as CPython, the class it claims counts too.
func claimedClass(obj py.Object, c *py.Type) (bool, error) {
	in := AsInstance(obj)
	if in == nil {
		return false, nil
	}
	if d := Lookup(in.cls, "__class__"); d == nil || d == py.ObjectType.Dict["__class__"] {
		return false, nil
	}
	claimed, err := GenericGetAttr(obj, "__class__")
	if err != nil {
		if isAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	if t, ok := claimed.(*py.Type); ok && t != in.cls {
		return t.IsSubtype(c), nil
	}
	return false, nil
}

// objectCheck calls cls.__instancecheck__(x) or __subclasscheck__ when cls is not a class
// but its type has the method (types.GenericAlias, typing's special forms); ok is false
// when it has not.
func objectCheck(cls py.Object, name string, x py.Object) (ok, res bool, err error) {
	var f py.Object
	if g, isAlias := cls.(*GenericAlias); isAlias {
		f = py.NewBoundMethod(g, GenericAliasType.Dict[name])
	} else if u, isUnion := cls.(*UnionType); isUnion {
		f = py.NewBoundMethod(u, UnionTypeType.Dict[name])
	} else if in := AsInstance(cls); in != nil {
		if m := Lookup(in.cls, name); m != nil {
			f, err = py.GetAttrString(cls, name)
		}
	}
	if f == nil && err == nil {
		return false, false, nil
	}
	if err != nil {
		return true, false, err
	}
	r, err := py.Call(f, py.Tuple{x}, nil)
	if err != nil {
		return true, false, err
	}
	res, err = py.ObjectIsTrue(r)
	return true, res, err
}

// IsSubclass is issubclass(sub, cls) for one class or a tuple of classes.
func IsSubclass(sub, cls py.Object) (bool, error) {
	st, ok := sub.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	switch c := cls.(type) {
	case py.Tuple:
		for _, x := range c {
			ok, err := IsSubclass(sub, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if meta := c.Type(); meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if f := Lookup(meta, "__subclasscheck__"); f != nil {
				res, err := callBound(f, c, meta, py.Tuple{sub}, nil)
				if err != nil {
					return false, err
				}
				return py.ObjectIsTrue(res)
			}
		}
		return st.IsSubtype(c), nil
	}
	if ok, res, err := objectCheck(cls, "__subclasscheck__", sub); ok {
		return res, err
	}
	return false, py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// Callable is callable(obj).
func Callable(obj py.Object) bool {
	if i := AsInstance(obj); i != nil {
		v := Lookup(i.cls, "__call__")
		return (v != nil && v != py.None) || (i.Native != nil && Callable(i.Native))
	}
	_, ok := obj.(py.I__call__)
	return ok
}

const iterDoc = `iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel.`

// builtinIter is iter(): gpython's accepts only Python functions as the callable of the
// two-argument form (not bound methods, builtins, classes or instances with __call__) and
// cannot iterate bytes.
func builtinIter(_ py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if len(kw) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "iter() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.TypeError, "iter expected at least 1 argument, got 0")
	case 1:
		return objects.Iter(args[0])
	case 2:
		if !Callable(args[0]) {
			return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
		}
		return objects.NewCallIter(args[0], args[1]), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "iter expected at most 2 arguments, got %d", len(args))
}

// ID is id(obj).
func ID(obj py.Object) py.Int {
	if i := AsInstance(obj); i != nil {
		return py.Int(i.id)
	}
	return py.Int(idOf(obj))
}

func attrName(args py.Tuple) (string, error) {
	s, ok := args[1].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
	}
	return string(s), nil
}

func builtinGetattr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "getattr expected at least 2 arguments, got %d", len(args))
	}
	name, err := attrName(args)
	if err != nil {
		return nil, err
	}
	v, err := getAttr(args[0], name)
	if err != nil && len(args) == 3 && isAttributeError(err) {
		return args[2], nil
	}
	if m, ok := args[0].(*py.Module); ok && err != nil && isAttributeError(err) {
		if n, ok := m.Globals["__name__"].(py.String); ok {
			if e, ok := err.(*py.Exception); ok && e.Base == py.AttributeError {
				return nil, py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", string(n), name)
			}
		}
	}
	return v, err
}

// getAttr is obj.name as the compiler loads it (compiler/specialattr.go).
func getAttr(obj py.Object, name string) (py.Object, error) {
	if compiler.IsSpecialAttrName(name) {
		return objects.SpecialAttr(obj, name)
	}
	return py.GetAttrString(obj, name)
}

func builtinHasattr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName(args)
	if err != nil {
		return nil, err
	}
	_, err = getAttr(args[0], name)
	if err != nil {
		if isAttributeError(err) {
			return py.False, nil
		}
		return nil, err
	}
	return py.True, nil
}

func builtinSetattr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName(args)
	if err != nil {
		return nil, err
	}
	// As CPython, which interns the name: an attribute set this way and one set by
	// compiled code share their key (pickle's memo sees one object).
	name = compiler.Intern(name)
	if _, err := py.SetAttrString(args[0], name, args[2]); err != nil {
		return nil, err
	}
	return py.None, nil
}

func builtinDelattr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "delattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName(args)
	if err != nil {
		return nil, err
	}
	return py.None, py.DeleteAttrString(args[0], name)
}

// dirList is the default dir(obj): attribute names of the object, its class and bases.
func dirList(obj py.Object) (py.Object, error) {
	names := map[string]bool{}
	addType := func(t *py.Type) {
		for _, b := range t.Mro {
			for k := range b.(*py.Type).Dict {
				names[k] = true
			}
		}
	}
	switch o := obj.(type) {
	case *py.Type:
		addType(o)
		names["__doc__"], names["__class__"] = true, true
		// A class statement's class has __module__ and __dict__ in its namespace; of the
		// builtin types only these have them in CPython (as descriptors gopy's dicts lack).
		heap := o.Flags&py.TPFLAGS_HEAPTYPE != 0
		for _, b := range o.Mro {
			switch b {
			case py.TypeType:
				heap = true
			case py.BaseException, py.StaticMethodType, py.ClassMethodType:
				names["__dict__"] = true
			}
		}
		if heap {
			names["__module__"], names["__dict__"] = true, true
		}
		delete(names, "__name__")
		delete(names, "__qualname__")
		delete(names, "__mro__")
	case *py.Module:
		for k := range o.Globals {
			names[k] = true
		}
	default:
		if d, ok := obj.(py.IGetDict); ok {
			for k := range d.GetDict() {
				names[k] = true
			}
		}
		addType(obj.Type())
		names["__class__"] = true
		if _, ok := obj.(*py.BoundMethod); ok {
			// one Go type serves both kinds of bound method: each lists its own attributes
			if IsBuiltinMethod(obj) {
				delete(names, "__func__")
			} else {
				delete(names, "__text_signature__")
			}
		}
		if i := AsInstance(obj); i != nil && i.dict != nil {
			names["__dict__"] = true
			for _, k := range i.Attrs() {
				names[k] = true
			}
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	l := py.NewListSized(len(keys))
	for i, k := range keys {
		l.Items[i] = py.String(k)
	}
	return l, nil
}

func builtinDir(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "dir expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "dir() without arguments is only supported as a direct call dir()")
	}
	obj := args[0]
	var cls *py.Type
	if i := AsInstance(obj); i != nil {
		cls = i.cls
	} else if t, ok := obj.(*py.Type); ok {
		// A class's dir() is its metaclass's __dir__ when the metaclass defines one.
		if meta := metaOf(t); meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			cls = meta
		}
	}
	if cls != nil {
		if v := Lookup(cls, "__dir__"); v != nil && !isObjectDefault("__dir__", v) {
			res, err := callBound(v, obj, cls, nil, nil)
			if err != nil {
				return nil, err
			}
			l, err := py.SequenceList(res)
			if err != nil {
				return nil, err
			}
			var sortErr error
			sort.SliceStable(l.Items, func(a, b int) bool {
				r, err := py.Lt(l.Items[a], l.Items[b])
				if err != nil {
					sortErr = err
					return false
				}
				return r == py.True
			})
			return l, sortErr
		}
	}
	return dirList(obj)
}

var (
	dirBuiltin  = py.MustNewMethod("dir", builtinDir, 0, "dir([object]) -> list of strings")
	varsBuiltin = py.MustNewMethod("vars", builtinVars, 0, "vars([object]) -> dictionary")
)

// callNoArgs is compiler.RT.CallNoArgs: vars() is the caller's namespace and dir() its
// sorted names, as in CPython; any other callable is called without arguments.
func callNoArgs(fn, locals py.Object) (py.Object, error) {
	if sd, ok := locals.(py.StringDict); ok {
		if state, inBody := sd[bodyKey]; inBody {
			if b, ok := state.(*classBody); ok && b.Prepared() != nil {
				locals = b.Prepared()
				sd = nil
			}
		}
		if _, inBody := sd[bodyKey]; inBody {
			sd = sd.Copy()
			delete(sd, bodyKey)
			locals = sd
		}
	}
	switch builtinName(fn) {
	case "vars":
		return locals, nil
	case "dir":
		keys, err := py.SequenceList(locals)
		if err != nil {
			return nil, err
		}
		names := make([]string, 0, len(keys.Items))
		for _, k := range keys.Items {
			if s, ok := k.(py.String); ok {
				names = append(names, string(s))
			}
		}
		sort.Strings(names)
		l := py.NewListSized(len(names))
		for i, k := range names {
			l.Items[i] = py.String(k)
		}
		return l, nil
	}
	return py.Call(fn, nil, nil)
}

// builtinName is the name of fn if fn is this package's dir or vars, the copy a builtins
// module of some interpreter holds; "" otherwise.
func builtinName(fn py.Object) string {
	m, ok := fn.(*py.Method)
	if !ok || m.Module == nil || m.Module.ModuleImpl == nil || m.Module.ModuleImpl.Info.Name != "builtins" {
		return ""
	}
	if (m.Name == "vars" && m.Doc == varsBuiltin.Doc) || (m.Name == "dir" && m.Doc == dirBuiltin.Doc) {
		return m.Name
	}
	return ""
}

func builtinVars(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "vars expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		// Only a call the compiler did not see (v = vars; v()) gets here.
		return nil, py.ExceptionNewf(py.TypeError, "vars() without arguments is only supported as a direct call vars()")
	}
	d, err := py.GetAttrString(args[0], "__dict__")
	if err != nil {
		if isAttributeError(err) {
			return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

func init() {
	gpyhooks.Register("classes/type", installType)
	builtins.Add(
		py.MustNewMethod("__build_class__", buildClass, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"),
		py.MustNewMethod("isinstance", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "isinstance expected 2 arguments, got %d", len(args))
			}
			ok, err := IsInstance(args[0], args[1])
			return py.NewBool(ok), err
		}, 0, "Return whether an object is an instance of a class or of a subclass thereof."),
		py.MustNewMethod("issubclass", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "issubclass expected 2 arguments, got %d", len(args))
			}
			ok, err := IsSubclass(args[0], args[1])
			return py.NewBool(ok), err
		}, 0, "Return whether 'cls' is derived from another class or is the same class."),
		py.MustNewMethod("callable", func(_, obj py.Object) (py.Object, error) {
			return py.NewBool(Callable(obj)), nil
		}, 0, "Return whether the object is callable."),
		py.MustNewMethod("iter", builtinIter, 0, iterDoc),
		py.MustNewMethod("id", func(_, obj py.Object) (py.Object, error) {
			return ID(obj), nil
		}, 0, "Return the identity of an object."),
		py.MustNewMethod("getattr", builtinGetattr, 0, "getattr(object, name[, default]) -> value"),
		py.MustNewMethod("hasattr", builtinHasattr, 0, "Return whether the object has an attribute with the given name."),
		py.MustNewMethod("setattr", builtinSetattr, 0, "Sets the named attribute on the given object to the specified value."),
		py.MustNewMethod("delattr", builtinDelattr, 0, "Deletes the named attribute from the given object."),
		dirBuiltin,
		varsBuiltin,
	)
	compiler.RT.CallNoArgs = callNoArgs
	compiler.RT.IsInstance = IsInstance
	builtins.SetGlobal("super", SuperType)
	builtins.SetGlobal("property", PropertyType)
}

// installType makes type(...) and class creation the object model's.
func installType() {
	py.TypeType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return typeCall(meta, args, kwargs)
	}
	py.TypeType.Init = func(py.Object, py.Tuple, py.StringDict) error { return nil }
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE
	py.TypeType.Dict["__new__"] = &py.StaticMethod{Callable: NewMethod("__new__", "Create and return a new class.",
		func(meta py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			mt, ok := meta.(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "type.__new__(X): X is not a type object (%s)", meta.Type().Name)
			}
			if !mt.IsSubtype(py.TypeType) {
				return nil, py.ExceptionNewf(py.TypeError, "type.__new__(%s): %s is not a subtype of type", mt.Name, mt.Name)
			}
			return typeCall(mt, args, kwargs)
		}), Dict: py.NewStringDict()}
	py.TypeType.Dict["__init__"] = NewMethod("__init__", "Initialize a class.",
		func(py.Object, py.Tuple, py.StringDict) (py.Object, error) { return py.None, nil })
	py.TypeType.Dict["__call__"] = NewMethod("__call__", "Call a class.",
		func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, ok := self.(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object")
			}
			return typeCallMethod(t, args, kwargs)
		})

	if py.BoolType.New == nil {
		py.BoolType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var x py.Object = py.False
			if err := py.UnpackTuple(args, kwargs, "bool", 0, 1, &x); err != nil {
				return nil, err
			}
			return py.MakeBool(x)
		}
	}
}
