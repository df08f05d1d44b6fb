"""Get useful information from live Python objects (gopy's inspect).

Type predicates (isfunction, isclass...), getmembers, source code lookup through linecache
(getsource, getsourcelines, getfile), frames (currentframe, stack), docstrings (getdoc,
cleandoc) and callable signatures (signature, Parameter, Signature, getfullargspec), as in
CPython 3.11."""

import sys
import os
import types
import enum
import keyword
import functools
import collections
import linecache
import abc

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

_FrameType = type(sys._getframe())
_DynamicClassAttribute = getattr(types, 'DynamicClassAttribute', property)


# ---- what kind of object ------------------------------------------------------------

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method written in Python."""
    return isinstance(object, types.MethodType) and hasattr(object, '__func__')


def isfunction(object):
    """Whether object is a user-defined function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unpartial(f)
    if not (isfunction(f) or _functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _functionlike(f):
    # an object carrying a function's attributes (an AsyncMock standing for a coroutine
    # function) counts as one
    if not callable(f) or isclass(f):
        return False
    missing = object()
    defaults = getattr(f, '__defaults__', missing)
    kwdefaults = getattr(f, '__kwdefaults__', missing)
    annotations = getattr(f, '__annotations__', None)
    return (isinstance(getattr(f, '__code__', None), types.CodeType)
            and isinstance(getattr(f, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _unpartial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def isgeneratorfunction(object):
    """Whether object is a generator function."""
    return _code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """Whether object is a coroutine function (async def)."""
    return _code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """Whether object is an asynchronous generator function."""
    return _code_flag(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Whether object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine."""
    return type(object).__name__ == 'coroutine'


def isasyncgen(object):
    """Whether object is an asynchronous generator."""
    return type(object).__name__ == 'async_generator'


def isawaitable(object):
    """Whether object can be awaited."""
    return iscoroutine(object) or hasattr(type(object), '__await__')


def istraceback(object):
    """Whether object is a traceback."""
    return type(object).__name__ == 'traceback'


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether object is a method wrapper (a bound slot of a builtin type)."""
    return type(object).__name__ == 'method-wrapper'


def ismethoddescriptor(object):
    """Whether object is a method descriptor that is not a data descriptor (int.__add__,
    str.join)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Whether object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Whether object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor."""
    return type(object).__name__ == 'getset_descriptor'


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether object is an abstract base class with abstract methods left."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmro(cls):
    """cls's method resolution order."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The object at the end of func's chain of __wrapped__ attributes (where stop(f),
    if given, is true)."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping %r' % (start,))
        seen.add(id(func))
    return func


def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name; only those
    predicate(value) accepts when given."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    names = dir(object)
    if isclass(object):
        # Attributes a metaclass's __dir__ hides, and DynamicClassAttributes.
        for base in object.__bases__:
            for name, value in base.__dict__.items():
                if isinstance(value, _DynamicClassAttribute):
                    names.append(name)
    results = []
    seen = set()
    for name in names:
        if name in seen:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            value = _MISSING
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            if value is _MISSING:
                continue
        if predicate is None or predicate(value):
            results.append((name, value))
        seen.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


_MISSING = object()

Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining class, object) for each attribute of cls, kind one
    of 'class method', 'static method', 'property', 'method', 'data'."""
    out = []
    mro = getmro(cls)
    for name in dir(cls):
        home = None
        raw = None
        for base in mro:
            if name in base.__dict__:
                home = base
                raw = base.__dict__[name]
                break
        if home is None:
            raw = getattr(cls, name)
            home = type(cls)
        if isinstance(raw, staticmethod):
            kind = 'static method'
        elif isinstance(raw, classmethod):
            kind = 'class method'
        elif isinstance(raw, property):
            kind = 'property'
        elif isroutine(raw):
            kind = 'method'
        else:
            kind = 'data'
        out.append(Attribute(name, kind, home, raw))
    return out


# ---- docstrings -----------------------------------------------------------------------

def cleandoc(doc):
    """doc with the first line's leading blanks and the common indentation of the others
    removed, and leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    name = getattr(obj, '__name__', None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        qual = obj.__qualname__.split('.')
        if len(qual) > 1 and '<locals>' not in qual:
            owner = sys.modules.get(obj.__module__)
            for part in qual[:-1]:
                owner = getattr(owner, part, None)
    elif isinstance(obj, property):
        return None
    if not isclass(owner) or name is None:
        return None
    for base in owner.__mro__[1:]:
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """object's docstring cleaned up with cleandoc, or the one it inherits from a base
    class; None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
