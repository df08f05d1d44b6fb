"""asyncio's exception classes."""

# Written for gopy. CancelledError derives from BaseException (3.8 on), TimeoutError is
# the builtin one (3.11), the rest carry the fields CPython's carry.

__all__ = ('BrokenBarrierError',
           'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available for the given socket or file type."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes was read."""

    def __init__(self, partial, expected):
        if expected is None:
            what = 'undefined'
        else:
            what = repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {what} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        # Rebuilt from the constructor's arguments, not from args (which hold the message).
        cls = type(self)
        return cls, (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer grew past its limit while a separator was looked for."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        message, = self.args
        return type(self), (message, self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while a task waited on it."""
