package classes

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// The abc module (abstract base classes). ABCMeta is a Python metaclass: its body is Python
// source compiled when the module is first imported; what it relies on is here: the
// __abstractmethods__ attribute of classes sets TPFLAGS_IS_ABSTRACT (see typeSetattr), and
// alloc refuses to instantiate such a class with CPython's message.

const abcSource = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj

def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True

class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = []
        for key in namespace:
            if _is_abstract(namespace[key]):
                abstracts.append(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if key not in abstracts and _is_abstract(getattr(cls, key, None)):
                    abstracts.append(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        _collection_flags(cls, None)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _collection_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in cls.__subclasses__():
            if sub is not cls and isinstance(sub, ABCMeta) and sub.__subclasscheck__(subclass):
                return True
        return False

class ABC(metaclass=ABCMeta):
    __slots__ = ()

def get_cache_token():
    return 0

def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = []
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.append(name)
    for name in cls.__dict__:
        if _is_abstract(cls.__dict__[name]) and name not in abstracts:
            abstracts.append(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
`

// collectionFlags is _collection_flags(abc, subclass) of the abc module, what CPython's
// _abc does with __abc_tpflags__: with subclass None, an ABC whose body set
// __abc_tpflags__ (collections.abc's Sequence and Mapping) takes the sequence or mapping
// flag of compiler/matchrt.go from it; a class registered with an ABC that has a flag
// takes it too (as CPython, not a builtin type: those have theirs already), so sequence
// and mapping patterns accept its instances.
func collectionFlags(self py.Object, args py.Tuple) (py.Object, error) {
	const both = compiler.FlagSequence | compiler.FlagMapping
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_collection_flags() takes 2 arguments")
	}
	abc, ok := args[0].(*py.Type)
	if !ok {
		return py.None, nil
	}
	if args[1] == py.None {
		if f, ok := abc.Dict["__abc_tpflags__"].(py.Int); ok {
			abc.Flags |= uint(f) & both
			if err := py.DeleteAttrString(abc, "__abc_tpflags__"); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}
	sub, ok := args[1].(*py.Type)
	if !ok || sub.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.None, nil
	}
	for _, c := range append(py.Tuple{abc}, abc.Mro...) {
		if ct, ok := c.(*py.Type); ok && ct.Flags&both != 0 {
			sub.Flags = sub.Flags&^both | ct.Flags&both
			break
		}
	}
	return py.None, nil
}

// abstractError is the TypeError for instantiating an abstract class.
func abstractError(cls *py.Type) error {
	var names []string
	if am, ok := cls.Dict["__abstractmethods__"]; ok {
		_ = py.Iterate(am, func(o py.Object) bool {
			if s, ok := o.(py.String); ok {
				names = append(names, string(s))
			}
			return false
		})
	}
	sort.Strings(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	return py.ExceptionNewf(py.TypeError, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name, plural, strings.Join(names, ", "))
}

// setAbstract keeps TPFLAGS_IS_ABSTRACT in step with a class's __abstractmethods__.
func setAbstract(cls *py.Type, value py.Object) {
	TypeChanged()
	cls.Flags &^= py.TPFLAGS_IS_ABSTRACT
	if value == nil {
		return
	}
	if b, err := py.ObjectIsTrue(value); err == nil && b {
		cls.Flags |= py.TPFLAGS_IS_ABSTRACT
	}
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "abc", Doc: "Abstract Base Classes (ABCs) according to PEP 3119.", FileDesc: "<abc>"},
		Methods: []*py.Method{
			py.MustNewMethod("_collection_flags", collectionFlags, 0, "marks what sequence and mapping patterns accept"),
		},
		CodeSrc: abcSource,
	})
	PropertyType.Dict["__isabstractmethod__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, ok := self.(*Property)
		if !ok {
			return py.False, nil
		}
		for _, f := range []py.Object{p.fget, p.fset, p.fdel} {
			if f == py.None {
				continue
			}
			if v, err := py.GetAttrString(f, "__isabstractmethod__"); err == nil && v == py.True {
				return py.True, nil
			}
		}
		return py.False, nil
	}}
}

// installAbstract is classmethod's and staticmethod's __isabstractmethod__, that of the
// function they wrap (change classes/abstract).
func installAbstract() {
	wrapped := &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if v, err := py.GetAttrString(mustWrapped(self), "__isabstractmethod__"); err == nil {
			return v, nil
		}
		return py.False, nil
	}}
	py.ClassMethodType.Dict["__isabstractmethod__"] = wrapped
	py.StaticMethodType.Dict["__isabstractmethod__"] = wrapped
}
