"""Utilities for with-statement contexts.  See PEP 343.

(gopy's implementation: contextmanager, ContextDecorator, AbstractContextManager, closing,
nullcontext, suppress, redirect_stdout, redirect_stderr, ExitStack and chdir.)"""

import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """An abstract base class for context managers."""

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""
        return None

    __class_getitem__ = classmethod(type(list[int]))


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        fresh = type(self)
        return fresh(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: the exception was handled there, unless it is the
            # StopIteration raised in the with block itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # The exception came back out of the generator: the with statement re-raises
            # it; any other exception replaces it.
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        cm = _GeneratorContextManager(func, args, kwds)
        return cm
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        saved = getattr(sys, name)
        self._old_targets.append(saved)
        target = self._new_target
        setattr(sys, name, target)
        return target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _cm_methods(cm):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (cls.__module__, cls.__qualname__)) from None
    return enter, exit


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return other

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager."""
        enter, exit = _cm_methods(cm)
        result = enter(cm)
        self._exit_callbacks.append(_bound(exit, cm))
        return result

    def callback(*args, **kwds):
        """Registers an arbitrary callback and arguments."""
        if len(args) < 2:
            raise TypeError("descriptor 'callback' of 'ExitStack' object needs an argument"
                            if not args else
                            "ExitStack.callback() missing 1 required positional argument: 'callback'")
        self, callback = args[0], args[1]
        args = args[2:]

        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        suppressed = False
        failed = False
        current = exc_details
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*current):
                    suppressed = True
                    failed = False
                    current = (None, None, None)
            except BaseException as new:
                # A failing callback replaces the exception being handled; the one it
                # replaced becomes its context, as nested with statements would give.
                if current[1] is not None and new is not current[1]:
                    _set_context(new, current[1])
                failed = True
                current = (type(new), new, new.__traceback__)
        if failed:
            raise current[1]
        return had_exc and suppressed


def _set_context(new, old):
    exc = new
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old:
            break
        exc = ctx
    if exc.__context__ is None and exc is not old:
        exc.__context__ = old


def _bound(method, obj):
    def exit(exc_type, exc, tb):
        return method(obj, exc_type, exc, tb)
    exit.__self__ = obj
    return exit
