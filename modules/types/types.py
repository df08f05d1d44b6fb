"""Define names for built-in types that aren't directly accessible as a builtin.

(gopy's implementation.)"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)
MemberDescriptorType = type(_C.__dict__['_s'])
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    del _e

del _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __getattr__(self, name):
        # reached only for a missing attribute; CPython's C type names itself in full
        owner = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (owner, name))

    def __hash__(self):
        # CPython's type is written in C: the message names it types.SimpleNamespace.
        name = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError("unhashable type: '%s'" % name)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()

# sys starts with a Go namespace of the same attributes (no Python module is imported at
# start); from here on sys.implementation is an instance of this class, as CPython's is.
sys.implementation = SimpleNamespace(**sys.implementation.__dict__)


MappingProxyType = type(type.__dict__)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    return _resolve_bases(bases)[0]


def _resolve_bases(bases):
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases, False
    return tuple(new_bases), True


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: '
                        'the metaclass of a derived class '
                        'must be a (non-strict) subclass '
                        'of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

Returns (metaclass, namespace, kwds) as a 3-tuple"""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases, updated = _resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if updated:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)




async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _co, _ag


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & 0x180:
            # already a coroutine function, or converted before
            return func
        if flags & 0x20:
            # a generator function: its generators become awaitable
            _mark_iterable_coroutine(func)
            return func

    def call(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType and not result.gi_code.co_flags & 0x100:
            return _AwaitableGenerator(result)
        return result
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(call, attr, getattr(func, attr))
        except AttributeError:
            pass
    call.__wrapped__ = func
    return call


class _AwaitableGenerator:
    """A generator that await accepts (what types.coroutine makes of one)."""

    def __init__(self, gen):
        self.__gen = gen

    def __await__(self):
        return self.__gen

    def __iter__(self):
        return self.__gen

    def __next__(self):
        return next(self.__gen)

    def send(self, value):
        return self.__gen.send(value)

    def throw(self, *args):
        return self.__gen.throw(*args)

    def close(self):
        return self.__gen.close()


__all__ = [n for n in globals() if n[:1] != '_']
