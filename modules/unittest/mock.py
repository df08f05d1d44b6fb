"""Mock objects for tests (gopy's unittest.mock).

Mock and MagicMock record how they are called and create child mocks on attribute access;
call objects compare calls; patch replaces attributes for the length of a test. Reprs,
recorded calls and assertion messages are CPython 3.11's."""

import builtins
import contextlib
import functools
import inspect
import io
import pprint
import sys
import threading
from types import FunctionType, MethodType, ModuleType

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock',
           'mock_open', 'PropertyMock', 'seal', 'AsyncMock')

FILTER_DIR = True

_FUNCTIONS = (FunctionType, MethodType)


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


# ---- sentinels -----------------------------------------------------------------------------

class _SentinelObject:
    """A unique named object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME is the same object every time it is asked for."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type)
                                              and issubclass(obj, BaseException))


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(cls):
    # whether instances of cls are callable (cls or a base defines __call__)
    if not isinstance(cls, type):
        return getattr(cls, '__call__', None) is not None
    return any('__call__' in base.__dict__ for base in (cls,) + tuple(cls.__mro__))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# ---- calls ---------------------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    shown = [repr(arg) for arg in args]
    shown.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(shown))


class _CallList(list):
    """A list of calls; `in` also finds a list of calls as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start:start + size] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _split_call(value):
    # (name, args, kwargs) from the forms a call may be written in
    name, args, kwargs = '', (), {}
    if len(value) == 3:
        name, args, kwargs = value
    elif len(value) == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif len(value) == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs), or (args, kwargs) for the call
    of the mock itself (call_args). `call` builds them: call(1, a=2), call.method(3),
    call(1).method()."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        called, args, kwargs = _split_call(value)
        if len(value):
            name = called
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            mine, (args, kwargs) = '', self
        else:
            mine, args, kwargs = self
        if getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None) \
                and self._mock_parent != other._mock_parent:
            return False
        if other_len > 3:
            return False
        theirs, other_args, other_kwargs = _split_call(tuple(other))
        if mine and theirs != mine:
            return False
        return (other_args, other_kwargs) == (args, kwargs)

    __ne__ = object.__ne__

    def __hash__(self):
        return tuple.__hash__(self)

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return tuple(self)[1:]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return 'call' + name if name.startswith('()') else name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first, as a list."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


# ---- mocks ---------------------------------------------------------------------------------

def _check_and_set_parent(parent, value, name, new_name):
    # a mock assigned as an attribute (or return value) becomes a child unless it is
    # already named or parented, or is an ancestor
    if not _is_instance_mock(value):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None \
            or value._mock_new_parent is not None:
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _signature_of(func, as_instance, eat_self):
    # (callable, inspect.Signature) for checking calls against func, or None
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        if isinstance(func, classmethod):
            eat_self = True
        func = func.__func__
    elif not isinstance(func, _FUNCTIONS):
        try:
            func = func.__call__
        except AttributeError:
            return None
    try:
        target = functools.partial(func, None) if eat_self else func
        return func, inspect.signature(target)
    except (ValueError, TypeError):
        return None


def _check_sig(spec, mock, skipfirst, instance=False):
    found = _signature_of(spec, instance, skipfirst)
    if found is None:
        return
    sig = found[1]

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


_ALLOWED = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
            '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name'}


def _delegated(name):
    # a recorded attribute that an autospecced function's mock keeps on the function
    _ALLOWED.add(name)
    slot = '_mock_' + name

    def get(self):
        owner = self._mock_delegate
        return getattr(self, slot) if owner is None else getattr(owner, name)

    def put(self, value):
        owner = self._mock_delegate
        if owner is None:
            self.__dict__[slot] = value
        else:
            setattr(owner, name, value)
    return property(get, put)


class _SpecState:
    # an attribute of an autospecced object, made into a mock when first used
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class NonCallableMock:
    """A mock that cannot be called: attributes are child mocks made on first access."""

    _lock = threading.RLock()

    def __new__(cls, /, *args, **kw):
        # each mock has a class of its own, so magic methods can be set on it alone; a
        # mock of an async function or awaitable is an async mock
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec', args[0] if args else None))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        own = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__()

    def attach_mock(self, mock, attribute):
        """Make mock the child attribute of this one, its calls recorded here too."""
        inner = mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (its names, for a list)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = signature = None
        asyncs = _async_names(spec)
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_of(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            spec = dir(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = asyncs

    def __get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value)

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')

    def __get_side_effect(self):
        owner = self._mock_delegate
        if owner is None:
            return self._mock_side_effect
        effect = owner.side_effect
        if effect is not None and not callable(effect) and not isinstance(effect, _MockIter) \
                and not _is_exception(effect):
            effect = _MockIter(effect)
            owner.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not _callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        owner = self._mock_delegate
        if owner is None:
            self._mock_side_effect = value
        else:
            owner.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls of this mock and of its children (and, if asked, the return
        value and side effect)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        value = self._mock_return_value
        if _is_instance_mock(value) and value is not self:
            value.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names setting those of children:
        configure_mock(**{'method.return_value': 3})."""
        for path, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            *steps, last = path.split('.')
            target = self
            for step in steps:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError('%r is not a valid assertion. Use a spec for the mock if '
                                     '%r is meant to be an attribute.' % (name, name))
        with NonCallableMock._lock:
            child = self._mock_children.get(name)
            if child is _deleted:
                raise AttributeError(name)
            if child is None:
                wraps = None
                if self._mock_wraps is not None:
                    wraps = getattr(self._mock_wraps, name)
                child = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                             _new_name=name, _new_parent=self)
                self._mock_children[name] = child
            elif isinstance(child, _SpecState):
                try:
                    child = create_autospec(child.spec, child.spec_set, child.instance,
                                            child.parent, child.name)
                except InvalidSpecError:
                    target = child.name or 'mock'
                    raise InvalidSpecError(
                        'Cannot autospec attr %r from target %r as it has already been '
                        'mocked out. [target=%r, attr=%r]'
                        % (child.name, target, self, child.spec)) from None
                self._mock_children[name] = child
        return child

    def _extract_mock_name(self):
        parts = [self._mock_new_name]
        link = self._mock_new_parent
        top = self
        joiner = '' if parts == ['()'] else '.'
        while link is not None:
            top = link
            parts.append(link._mock_new_name + joiner)
            joiner = '' if link._mock_new_name == '()' else '.'
            link = link._mock_new_parent
        parts.reverse()
        first = top._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            first += '.'
        parts[0] = first
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        shown = ''
        if name not in ('mock', 'mock.'):
            shown = ' name=%r' % name
        spec = ''
        if self._spec_class is not None:
            spec = (' spec_set=%r' if self._spec_set else ' spec=%r') % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or [])
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in self.__dict__ if not n.startswith('_') or _is_magic(n))
        names.update(n for n, v in self._mock_children.items() if v is not _deleted)
        return sorted(names)

    def __setattr__(self, name, value):
        if name in _ALLOWED:
            return object.__setattr__(self, name, value)
        if self._spec_set and self._mock_methods is not None and \
                name not in self._mock_methods and name not in self.__dict__:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                setattr(type(self), name, _as_method(name, value))
                plain = value
                value = lambda *args, **kw: plain(self, *args, **kw)
        elif name == '__class__':
            self._spec_class = value
            return None
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('%s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, self._format_mock_call_signature(args, kwargs),
            self._format_mock_call_signature(*self.call_args))

    def _get_call_signature_from_name(self, name):
        # the signature of the child a dotted call name leads to (for autospecced mocks)
        if not name:
            return self._spec_signature
        child = self
        for part in name.split('.'):
            child = child._mock_children.get(part)
            if child is None or isinstance(child, _SpecState):
                return None
            child = getattr(child, 'mock', child)
        return getattr(child, '_spec_signature', None)

    def _call_matcher(self, _call):
        # a call with its arguments bound to the spec's signature, so that positional and
        # keyword spellings compare equal; the TypeError when they do not fit
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name, (args, kwargs) = '', _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)
        return call(name, bound.args, bound.kwargs)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % (self._format_mock_call_signature(args, kwargs),))
        expected, cause = self._expected_call(args, kwargs)
        if self._call_matcher(self.call_args) != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls: as a contiguous run, or in any order."""
        problem, cause, missing, left = self._match_calls(calls, self.mock_calls, any_order,
                                                          'calls')
        if problem:
            raise AssertionError('%s\nExpected: %s%s' % (
                problem, _CallList(calls),
                self._calls_repr(prefix='  Actual').rstrip('.'))) from cause
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r '
                                 'instead' % (self._mock_name or 'mock', tuple(missing),
                                              left)) from cause

    def _expected_call(self, args, kwargs):
        # the call asked for, bound to the spec's signature, and the TypeError of binding
        # it (the cause of the assertion's failure) if it did not fit
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        return expected, (expected if isinstance(expected, Exception) else None)

    def _match_calls(self, calls, recorded, any_order, what):
        # (problem text when the calls are not a run of recorded, cause, the calls missing
        # from recorded in any order, what is left of recorded)
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        made = _CallList(self._call_matcher(c) for c in recorded)
        if not any_order:
            if expected in made:
                return None, cause, [], None
            if cause is None:
                return '%s not found.' % what.capitalize(), cause, [], None
            return 'Error processing expected {}.\nErrors: {}'.format(
                what, [e if isinstance(e, Exception) else None for e in expected]), cause, [], None
        left = list(made)
        missing = []
        for wanted in expected:
            try:
                left.remove(wanted)
            except ValueError:
                missing.append(wanted)
        return None, cause, missing, left

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected, cause = self._expected_call(args, kwargs)
        made = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not any(expected == c for c in made):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """The mock made for an attribute or a return value: of this mock's class (less
        the per-mock class), non-callable ones giving callable children."""
        if self._mock_sealed:
            name = kw.get('name') or kw.get('_new_name')
            raise AttributeError('%s.%s' % (self._extract_mock_name(), name)
                                 if name != '()' else self._extract_mock_name() + '()')
        own = type(self)
        name = kw.get('_new_name')
        if name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if issubclass(own, MagicMock) and name in _async_method_magics:
            return AsyncMock(**kw)
        if issubclass(own, AsyncMockMixin):
            if name in _all_magics - _async_method_magics or (
                    self._mock_methods and name in self._mock_methods):
                return MagicMock(**kw)
            return AsyncMock(**kw)
        if not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                return MagicMock(**kw)
            if issubclass(own, NonCallableMock):
                return Mock(**kw)
        return own.__mro__[1](**kw)

    def _mock_check_sig(self, /, *args, **kwargs):
        pass

    # Last in the class body: gopy loses a class-body binding of __class__ made before a
    # method that uses super() is defined.
    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class


def _as_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin:
    """What makes a mock callable: calls are recorded, then side_effect, return_value or
    the wrapped object decide the result."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this = _Call((args, kwargs), two=True)
        self.call_args = this
        self.call_args_list.append(this)
        # the call is recorded up the chain of parents: in method_calls under dotted
        # attribute names, in mock_calls under the names including '()' steps
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        after_call = call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        link = self._mock_new_parent
        while link is not None:
            if record_method:
                link.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = link._mock_parent is not None
                if record_method:
                    method_name = link._mock_name + '.' + method_name
            link.mock_calls.append(_Call((call_name, args, kwargs)))
            if link._mock_new_name:
                joiner = '' if after_call else '.'
                after_call = link._mock_new_name == '()'
                call_name = link._mock_new_name + joiner + call_name
            link = link._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes and return values are mocks made on first use; calls
    are recorded (call_args, call_args_list, mock_calls, method_calls) for the assert_*
    methods. spec/spec_set limit the attributes, side_effect (an exception, an iterable
    or a function) and return_value decide what a call gives, wraps passes calls on."""


# ---- magic methods -------------------------------------------------------------------------

def _dunders(words):
    return {'__%s__' % word for word in words.split()}


_NUMERIC = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_magics = (_dunders('lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
                    'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
                    'index round trunc floor ceil bool next fspath aiter')
           | _dunders(_NUMERIC)
           | {'__i%s__' % n for n in _NUMERIC.split()}
           | {'__r%s__' % n for n in _NUMERIC.split()})
_non_defaults = _dunders('get set delete reversed missing reduce reduce_ex getinitargs '
                         'getnewargs getstate setstate getformat repr dir subclasses format '
                         'getnewargs_ex')
_async_magics = _dunders('aenter aexit anext aiter')
_all_magics = _magics | _non_defaults | _async_magics
_unsupported_magics = _dunders('getattr setattr init new prepare instancecheck '
                               'subclasscheck del')


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_computed_returns = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: '%s/%s/%s' % (type(self).__name__, self._extract_mock_name(),
                                             id(self)),
}


def _eq_effect(mock):
    def __eq__(other):
        fixed = mock.__eq__._mock_return_value
        if fixed is not DEFAULT:
            return fixed
        return True if mock is other else NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        fixed = mock.__iter__._mock_return_value
        return iter([]) if fixed is DEFAULT else iter(fixed)
    return __iter__


_effects = {'__eq__': _eq_effect, '__ne__': _ne_effect, '__iter__': _iter_effect}


def _configure_magic(mock, method, name):
    # the defaults a MagicMock's magic methods start with
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _computed_returns:
        method.return_value = _computed_returns[name](mock)
    elif name in _effects:
        method.side_effect = _effects[name](mock)


class MagicProxy:
    # a class attribute standing for a magic method until it is first used, when the
    # child mock is made and set on the mock's own class
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        method = parent._get_child_mock(name=self.name, _new_name=self.name,
                                        _new_parent=parent)
        setattr(parent, self.name, method)
        _configure_magic(parent, method, self.name)
        return method

    def __get__(self, obj, _type=None):
        return self.create_mock()


_SET_MAGICS = _magics | _async_magics


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _SET_MAGICS
        own = type(self)
        if getattr(self, '_mock_methods', None) is not None:
            wanted = _SET_MAGICS.intersection(self._mock_methods)
            for name in _SET_MAGICS - wanted:
                if name in own.__dict__:
                    delattr(self, name)
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (__len__, __iter__, __enter__, __getitem__, __int__...)
    are configured mocks with sensible defaults."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to set as a class attribute in place of a property: reading the attribute
    calls it with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ---- autospec ------------------------------------------------------------------------------

def _skips_self(spec, entry, is_type):
    # whether the method entry of spec is called without its first argument
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, FunctionType):
            return is_type
        return False
    return is_type


def _function_standin(mock, original):
    # an autospecced function is a function checking its arguments and calling the mock;
    # the mock's record lives on it
    found = _signature_of(original, False, False)
    sig = found[1] if found else None

    def standin(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)
    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(standin, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    standin.mock = mock
    standin.called = False
    standin.call_count = 0
    standin.call_args = None
    standin.call_args_list = _CallList()
    standin.method_calls = _CallList()
    standin.mock_calls = _CallList()
    standin.return_value = mock.return_value
    standin.side_effect = mock.side_effect
    standin._mock_children = mock._mock_children
    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_called', 'assert_not_called',
                 'assert_called_once', 'reset_mock'):
        setattr(standin, name, getattr(mock, name))
    if sig is not None:
        standin.__signature__ = sig
    mock._mock_delegate = standin
    return standin


def _async_standin(standin):
    # the await record of an autospecced async function lives on the function too
    standin._is_coroutine = _coroutine_marker()
    standin.await_count = 0
    standin.await_args = None
    standin.await_args_list = _CallList()
    for name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                 'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                 'assert_not_awaited'):
        setattr(standin, name, functools.partial(_call_on_mock, standin, name))


def _call_on_mock(standin, name, /, *args, **kwargs):
    return getattr(standin.mock, name)(*args, **kwargs)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with spec's attributes whose calls are checked against spec's signatures
    (and its methods' signatures, made on first use); instance=True mocks an instance of
    the class spec."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % (spec,))
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        for typo in ('autospect', 'auto_spec', 'set_spec'):
            if typo in kwargs:
                raise RuntimeError('%r might be a typo; use unsafe=True if this is intended'
                                   % typo)
    options.update(kwargs)
    klass = MagicMock
    is_async = _is_async_func(spec)
    if inspect.isdatadescriptor(spec):
        options = {}
    elif is_async:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an '
                               'async function')
        klass = AsyncMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    _name = options.pop('name', _name)
    mock = klass(parent=_parent, _new_parent=_parent,
                 _new_name=_name if _parent is not None else '', name=_name, **options)
    if isinstance(spec, FunctionType):
        mock = _function_standin(mock, spec)
        if is_async:
            _async_standin(mock)
    else:
        _check_sig(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_spec = {'spec_set': original} if spec_set else {'spec': original}
        if not isinstance(original, _FUNCTIONS):
            child = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = child
            continue
        parent = mock.mock if isinstance(spec, FunctionType) else mock
        skip_first = _skips_self(spec, entry, is_type)
        child = MagicMock(parent=parent, name=entry, _new_name=entry, _new_parent=parent,
                          _eat_self=skip_first, **child_spec)
        mock._mock_children[entry] = child
        child.return_value = MagicMock()
        _check_sig(original, child, skipfirst=skip_first)
    return mock
