"""How asyncio names callbacks in reprs and messages."""

# Written for gopy.

import functools
import inspect
import reprlib


def _get_function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, functools.partialmethod):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    parts = [reprlib.repr(a) for a in args]
    if kwargs:
        parts.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        inner = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, inner)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if name is None:
        name = repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    where = _get_function_source(func)
    if where:
        text += f' at {where[0]}:{where[1]}'
    return text


def extract_stack(f=None, limit=None):
    import sys
    import traceback
    if f is None:
        f = sys._getframe().f_back
    return traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                          lookup_lines=False)
