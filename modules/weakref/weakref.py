"""Weak references: references that do not keep their object alive.

gopy's objects are freed by a tracing collector, some time after they become unreachable
(at once only in gc.collect()); callbacks and finalizers run then, or at exit.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, _remove_dead_weakref)
from _weakrefset import WeakSet
import itertools as _itertools
import sys as _sys

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ---- proxies ----------------------------------------------------------------------------

def _alive(p):
    target = object.__getattribute__(p, '_proxy_ref')()
    if target is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return target


def _reflected(name, op):
    # other <op> proxy: the proxy stands for its object on the right as well.
    def method(self, other):
        return op(other, _alive(self))
    method.__name__ = name
    return method


import operator as _op


class ProxyType:
    """A weak proxy: stands for its object until it is freed, then raises ReferenceError."""

    __slots__ = ('_proxy_ref', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_proxy_ref', ref(ob, None if callback is None else
                                                   (lambda r, p=self: callback(p))))

    def __getattribute__(self, name):
        return getattr(_alive(self), name)

    def __setattr__(self, name, value):
        setattr(_alive(self), name, value)

    def __delattr__(self, name):
        delattr(_alive(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, '_proxy_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(target).__name__, id(target))

    def __str__(self):
        return str(_alive(self))

    def __bytes__(self):
        return bytes(_alive(self))

    def __bool__(self):
        return bool(_alive(self))

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _proxy_type_name(self))

    def __iter__(self):
        return iter(_alive(self))

    def __next__(self):
        return next(_alive(self))

    def __reversed__(self):
        return reversed(_alive(self))

    def __len__(self):
        return len(_alive(self))

    def __contains__(self, item):
        return item in _alive(self)

    def __index__(self):
        return _op.index(_alive(self))

    def __int__(self):
        return int(_alive(self))

    def __float__(self):
        return float(_alive(self))

    def __abs__(self):
        return abs(_alive(self))

    def __neg__(self):
        return -_alive(self)

    def __pos__(self):
        return +_alive(self)

    def __invert__(self):
        return ~_alive(self)

    def __eq__(self, other):
        return _alive(self) == _unproxy(other)

    def __ne__(self, other):
        return _alive(self) != _unproxy(other)

    def __lt__(self, other):
        return _alive(self) < _unproxy(other)

    def __le__(self, other):
        return _alive(self) <= _unproxy(other)

    def __gt__(self, other):
        return _alive(self) > _unproxy(other)

    def __ge__(self, other):
        return _alive(self) >= _unproxy(other)

    def __getitem__(self, key):
        return _alive(self)[key]

    def __setitem__(self, key, value):
        _alive(self)[key] = value

    def __delitem__(self, key):
        del _alive(self)[key]


def _unproxy(x):
    return _alive(x) if type(x) in ProxyTypes else x


def _proxy_type_name(p):
    t = type(p)
    return 'weakref.' + t.__name__


for _name, _fn, _ifn in [
        ('add', _op.add, _op.iadd), ('sub', _op.sub, _op.isub), ('mul', _op.mul, _op.imul),
        ('truediv', _op.truediv, _op.itruediv), ('floordiv', _op.floordiv, _op.ifloordiv),
        ('mod', _op.mod, _op.imod), ('pow', _op.pow, _op.ipow),
        ('lshift', _op.lshift, _op.ilshift), ('rshift', _op.rshift, _op.irshift),
        ('and', _op.and_, _op.iand), ('or', _op.or_, _op.ior), ('xor', _op.xor, _op.ixor)]:
    def _binary(self, other, _fn=_fn):
        return _fn(_alive(self), _unproxy(other))

    def _inplace(self, other, _ifn=_ifn):
        target = _alive(self)
        res = _ifn(target, _unproxy(other))
        return self if res is target else res
    _binary.__name__ = '__%s__' % _name
    _inplace.__name__ = '__i%s__' % _name
    setattr(ProxyType, '__%s__' % _name, _binary)
    setattr(ProxyType, '__r%s__' % _name, _reflected('__r%s__' % _name, _fn))
    setattr(ProxyType, '__i%s__' % _name, _inplace)
ProxyType.__divmod__ = lambda self, other: divmod(_alive(self), _unproxy(other))
ProxyType.__rdivmod__ = _reflected('__rdivmod__', divmod)
del _name, _fn, _ifn, _binary, _inplace


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _alive(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    """Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."""
    kind = CallableProxyType if callable(ob) else ProxyType
    return kind(ob, callback)


# ---- WeakMethod, KeyedRef -----------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: dead when either its object or its function is."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        holder = []

        def died(r):
            me = holder[0]()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        holder.append(ref(self))
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (WeakValueDictionary's values)."""

    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# ---- finalize ---------------------------------------------------------------------------

class finalize:
    """Call func(*args, **kwargs) once obj is freed, or at exit (while atexit is true),
    whichever comes first; calling the finalizer does it at once."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = _itertools.count()
    _atexit_hooked = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._atexit_hooked:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._atexit_hooked = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(finalize._counter)
        finalize._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = finalize._registry.pop(self, None)
        if info is None or finalize._shutdown:
            return None
        return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None or finalize._registry.pop(self, None) is None:
            return None
        return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return None
        return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The finalizers to run at exit, newest first.
        due = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        due.sort(reverse=True)
        return [f for _, f in due]

    @classmethod
    def _exitfunc(cls):
        try:
            while cls._registry:
                due = cls._select_for_exit()
                if not due:
                    break
                for f in due:
                    try:
                        f()
                    except Exception:
                        _sys.excepthook(*_sys.exc_info())
        finally:
            cls._shutdown = True
