# signal for gopy: the Python layer over _signal (Go). CPython 3.11's signal module is the
# specification of what a script sees (its numbers, handlers and masks as IntEnums); the
# code is gopy's own.

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(name, wanted):
    # An IntEnum of the _signal constants whose names wanted accepts, ordered by value and
    # then name (the first name of a value is its member, the others its aliases); the
    # module's constants become the members.
    found = sorted((value, const) for const, value in vars(_signal).items()
                   if wanted(const) and isinstance(value, int))
    enum = _IntEnum(name, [(const, value) for value, const in found], module=__name__)
    for value, const in found:
        globals()[const] = enum[const]
    return enum


Signals = _members('Signals', lambda n: n.startswith('SIG') and not n.startswith('SIG_') and n.isupper())
Handlers = _members('Handlers', lambda n: n in ('SIG_DFL', 'SIG_IGN'))
Sigmasks = _members('Sigmasks', lambda n: n in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _as(value, enum):
    # The member of enum for an int that has one; anything else unchanged (a handler
    # function, a real-time signal without a name).
    if isinstance(value, int):
        try:
            return enum(value)
        except ValueError:
            pass
    return value


def signal(signalnum, handler):
    return _as(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    return _as(_signal.getsignal(signalnum), Handlers)


def pthread_sigmask(how, mask):
    return {_as(sig, Signals) for sig in _signal.pthread_sigmask(how, mask)}


def valid_signals():
    return {_as(sig, Signals) for sig in _signal.valid_signals()}


for _f in (signal, getsignal, pthread_sigmask, valid_signals):
    _f.__doc__ = getattr(_signal, _f.__name__).__doc__
del _f
