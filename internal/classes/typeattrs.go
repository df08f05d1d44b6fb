package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// typeGetattribute is type.__getattribute__: attribute reads on classes.
func typeGetattribute(cls *py.Type, name string) (py.Object, error) {
	if v, ok, err := typeSpecial(cls, name); ok {
		return v, err
	}
	meta := cls.Type()
	metaAttr := Lookup(meta, name)
	if m, ok := metaAttr.(*py.Method); ok && m == typeGetitem {
		metaAttr = nil // only C[x] uses it (classgetitem.go)
	}
	if metaAttr != nil && isDataDescr(metaAttr) {
		if _, isProp := metaAttr.(*py.Property); !isProp || meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return descrGet(metaAttr, cls, meta)
		}
	}
	if attr := Lookup(cls, name); attr != nil {
		return classDescrGet(attr, cls)
	}
	if metaAttr != nil {
		return descrGet(metaAttr, cls, meta)
	}
	if ga := Lookup(meta, "__getattr__"); ga != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return py.Call(ga, py.Tuple{cls, py.String(name)}, nil)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
}

// classDescrGet applies __get__(None, cls) to an attribute found on a class.
func classDescrGet(attr py.Object, cls *py.Type) (py.Object, error) {
	switch d := attr.(type) {
	case *py.Function, *py.Property:
		return attr, nil
	case *py.Method:
		return unboundFor(d, cls), nil
	case *py.ClassMethod:
		return bindClassMethod(d.Callable, cls), nil
	case *py.StaticMethod:
		return d.Callable, nil
	}
	return descrGet(attr, py.None, cls)
}

// typeSpecial answers the attributes every class has in CPython.
func typeSpecial(cls *py.Type, name string) (py.Object, bool, error) {
	switch name {
	case "__name__":
		return py.String(shortName(cls)), true, nil
	case "__qualname__":
		return py.String(typeQualname(cls)), true, nil
	case "__module__":
		if v, ok := cls.Dict["__module__"]; ok && cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return v, true, nil
		}
		// A builtin type's dict may hold its instances' __module__ descriptor (function,
		// method): the type's own module is "builtins" unless a string names another.
		return py.String(typeModule(cls)), true, nil
	case "__mro__":
		return append(py.Tuple(nil), cls.Mro...), true, nil
	case "__bases__":
		if cls.Bases == nil {
			return py.Tuple{}, true, nil
		}
		return append(py.Tuple(nil), cls.Bases...), true, nil
	case "__base__":
		if cls.Base == nil {
			return py.None, true, nil
		}
		return cls.Base, true, nil
	case "__dict__":
		return ClassProxy(cls), true, nil
	case "__class__":
		return cls.Type(), true, nil
	case "__doc__":
		if v, ok := cls.Dict["__doc__"]; ok {
			return v, true, nil
		}
		if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 || cls.Doc == "" {
			return py.None, true, nil
		}
		return py.String(cls.Doc), true, nil
	case "mro":
		return py.MustNewMethod("mro", func(py.Object) (py.Object, error) {
			return py.NewListFromItems(append([]py.Object(nil), cls.Mro...)), nil
		}, 0, ""), true, nil
	case "__subclasses__":
		return py.MustNewMethod("__subclasses__", func(py.Object) (py.Object, error) {
			return subclassesOf(cls), nil
		}, 0, ""), true, nil
	}
	return nil, false, nil
}

// typeModule is the __module__ of a class: its dict entry, else "builtins".
func typeModule(t *py.Type) string {
	if v, ok := t.Dict["__module__"].(py.String); ok {
		return string(v)
	}
	return "builtins"
}

// shortName is a class's __name__. A class may be named as CPython names its static
// types, "module.qualname" (setting __name__ to "datetime.date" on the class whose
// __qualname__ is "date"): its __name__ stays the qualname and its Name, which error
// messages print, is the dotted one, as tp_name is ('datetime.date' object ...).
func shortName(t *py.Type) string {
	if q := t.Qualname; q != "" && strings.HasSuffix(t.Name, "."+q) {
		return q
	}
	return t.Name
}

func typeQualname(t *py.Type) string {
	if t.Qualname != "" {
		return t.Qualname
	}
	return t.Name
}

// typeRepr is type.__repr__: <class 'module.qualname'>.
func typeRepr(t *py.Type) string {
	return "<class '" + typeFullName(t) + "'>"
}

// typeSetattr is type.__setattr__.
func typeSetattr(cls *py.Type, name string, value py.Object) error {
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, typeFullName(cls))
	}
	if d := Lookup(cls.Type(), name); d != nil && cls.Type().Flags&py.TPFLAGS_HEAPTYPE != 0 {
		if in := AsInstance(d); in != nil {
			if set := Lookup(in.cls, "__set__"); set != nil {
				_, err := py.Call(set, py.Tuple{d, cls, value}, nil)
				return err
			}
		}
	}
	switch name {
	case "__abstractmethods__":
		setAbstract(cls, value)
	case "__name__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.__name__, not '%s'", cls.Name, value.Type().Name)
		}
		cls.Name = string(s)
		return nil
	case "__qualname__":
		s, ok := value.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "can only assign string to %s.__qualname__, not '%s'", cls.Name, value.Type().Name)
		}
		cls.Qualname = string(s)
		return nil
	}
	cls.Dict[name] = value
	TypeChanged()
	if _, ok := value.(*py.Function); ok {
		guardClassDunders(cls) // a __setattr__ or __repr__ added later must not answer for the class
	}
	classOrderAdd(cls, name)
	return nil
}

// typeDelattr is type.__delattr__.
func typeDelattr(cls *py.Type, name string) error {
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", name, typeFullName(cls))
	}
	if _, ok := cls.Dict[name]; !ok {
		return py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
	}
	if name == "__abstractmethods__" {
		setAbstract(cls, nil)
	}
	delete(cls.Dict, name)
	TypeChanged()
	classOrderRemove(cls, name)
	return nil
}

func nameArg(fname string, args py.Tuple, n int) (string, error) {
	if len(args) != n {
		return "", py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", n, len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	return string(s), nil
}

// installTypeAttrs is type's attribute access, repr and str (part of change classes/type-attrs).
func installTypeAttrs() {
	py.TypeType.Dict["__getattribute__"] = NewMethod("__getattribute__", "Return getattr(self, name).",
		func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			name, err := nameArg("__getattribute__", args, 1)
			if err != nil {
				return nil, err
			}
			if t, ok := self.(*py.Type); ok {
				return typeGetattribute(t, name)
			}
			return GenericGetAttr(self, name)
		})
	py.TypeType.Dict["__setattr__"] = NewMethod("__setattr__", "Implement setattr(self, name, value).",
		func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			name, err := nameArg("__setattr__", args, 2)
			if err != nil {
				return nil, err
			}
			if t, ok := self.(*py.Type); ok {
				return py.None, typeSetattr(t, name, args[1])
			}
			return py.None, GenericSetAttr(self, name, args[1])
		})
	py.TypeType.Dict["__delattr__"] = NewMethod("__delattr__", "Implement delattr(self, name).",
		func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			name, err := nameArg("__delattr__", args, 1)
			if err != nil {
				return nil, err
			}
			if t, ok := self.(*py.Type); ok {
				return py.None, typeDelattr(t, name)
			}
			return py.None, GenericDelAttr(self, name)
		})
	typeReprMethod := NewMethod("__repr__", "Return repr(self).",
		func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
			if t, ok := self.(*py.Type); ok {
				return py.String(typeRepr(t)), nil
			}
			return py.Repr(self)
		})
	py.TypeType.Dict["__repr__"] = typeReprMethod
	py.TypeType.Dict["__str__"] = typeReprMethod
}
