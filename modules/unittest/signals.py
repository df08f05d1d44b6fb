

# Ctrl-C during a run (-c, catchbreak): the first SIGINT asks every registered result to
# stop after the running test; a second one goes to the handler that was there before.

class _InterruptHandler(object):
    """The SIGINT handler installHandler puts in place."""

    def __init__(self, default_handler):
        import signal
        self.called = False
        self.original_handler = default_handler
        if default_handler is signal.SIG_DFL or default_handler == signal.SIG_DFL:
            default_handler = signal.default_int_handler
        elif default_handler is signal.SIG_IGN or default_handler == signal.SIG_IGN:
            default_handler = _ignore_signal
        elif isinstance(default_handler, int) or not callable(default_handler):
            raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                            "signal.SIG_DFL, or a callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        replaced = signal.getsignal(signal.SIGINT) is not self
        if replaced or self.called:
            # someone put another handler in place, or this is the second Ctrl-C
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def _ignore_signal(signum, frame):
    pass


def _results_registry():
    import weakref
    return weakref.WeakKeyDictionary()


_results = _results_registry()
_interrupt_handler = None


def registerResult(result):
    """Have result stopped by Ctrl-C once installHandler is in effect."""
    _results[result] = 1


def removeResult(result):
    """Forget result; True when it was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Catch SIGINT: the running tests finish and the results so far are reported."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    import signal
    _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Put the SIGINT handler from before installHandler back; used as a decorator, run
    method with it and restore the current one afterwards."""
    import signal
    if method is None:
        if _interrupt_handler is not None:
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        return None
    import functools

    @functools.wraps(method)
    def without_handler(*args, **kwargs):
        current = signal.getsignal(signal.SIGINT)
        removeHandler()
        try:
            return method(*args, **kwargs)
        finally:
            signal.signal(signal.SIGINT, current)
    return without_handler
