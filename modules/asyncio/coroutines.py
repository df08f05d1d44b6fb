"""Telling coroutines and coroutine functions, and describing them in reprs."""

# Written for gopy.

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import inspect
import types

# functions marked by a (removed) @asyncio.coroutine decorator carried this object
_is_coroutine = object()

_coro_types = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True for an async def function (or one marked as a coroutine function)."""
    if inspect.iscoroutinefunction(func):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for a coroutine object (a native one, a generator, or a Coroutine)."""
    return isinstance(obj, _coro_types)


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return name + ' running' if running else name
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
