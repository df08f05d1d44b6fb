# gopy's _contextvars: per-thread current contexts, context variables and their tokens.

import _thread
from types import GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_VALUE = object()        # no default given / the variable has no value
_slot = _thread._local()    # .current: this thread's current Context
_issue = object()           # the key ContextVar passes to make a Token


def _no_subclass(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.%s' is not an acceptable base type" % name)
    return classmethod(__init_subclass__)


def _current():
    try:
        return _slot.current
    except AttributeError:
        ctx = _slot.current = Context()
        return ctx


def _checked_key(key):
    if not isinstance(key, ContextVar):
        raise TypeError("a ContextVar key was expected, got %r" % (key,))
    return key


class Context:
    """A mapping of context variables to their values; Context.run makes it the
    current context of the calling thread while a function runs."""

    __init_subclass__ = _no_subclass('Context')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current; what it sets stays
        in this context."""
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        outer = getattr(_slot, 'current', None)
        self._entered = True
        _slot.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            if outer is None:
                del _slot.current
            else:
                _slot.current = outer
            self._entered = False

    def copy(self):
        """A shallow copy: the same values, set independently from now on."""
        twin = Context()
        twin._vars = self._vars
        return twin

    def __getitem__(self, var):
        return self._vars[_checked_key(var)]

    def get(self, var, default=None):
        return self._vars.get(_checked_key(var), default)

    def __contains__(self, var):
        return _checked_key(var) in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __repr__(self):
        return '<_contextvars.Context object at %#x>' % id(self)


def copy_context():
    """A copy of the calling thread's current context."""
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default')
    __init_subclass__ = _no_subclass('ContextVar')

    def __init__(self, name, *, default=_NO_VALUE):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __setattr__(self, attr, value):
        if attr == 'name':
            raise AttributeError("readonly attribute")
        raise AttributeError("'_contextvars.ContextVar' object has no attribute %r" % attr)

    @property
    def name(self):
        return self._name

    def get(self, default=_NO_VALUE):
        """The value in the current context, else default, else the variable's default;
        LookupError when there is none."""
        value = _current()._vars.get(self, _NO_VALUE)
        if value is not _NO_VALUE:
            return value
        if default is not _NO_VALUE:
            return default
        if self._default is not _NO_VALUE:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; the Token returned undoes it."""
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        fresh = dict(ctx._vars)
        fresh[self] = value
        ctx._vars = fresh
        return Token(_issue, ctx, self, old)

    def reset(self, token):
        """Give back the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        fresh = dict(ctx._vars)
        if token._old is Token.MISSING:
            fresh.pop(self, None)
        else:
            fresh[self] = token._old
        ctx._vars = fresh
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _NO_VALUE:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at %#x>' % (self._name, default, id(self))

    __class_getitem__ = classmethod(GenericAlias)


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: the variable and its previous value
    (Token.MISSING when it had none), for ContextVar.reset."""

    __init_subclass__ = _no_subclass('Token')
    MISSING = _Missing()

    def __init__(self, *args):
        if not args or args[0] is not _issue:
            raise RuntimeError("Tokens can only be created by ContextVars")
        _, self._ctx, self._var, self._old = args
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at %#x>' % (used, self._var, id(self))

    __class_getitem__ = classmethod(GenericAlias)


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
