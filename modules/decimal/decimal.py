"""Decimal fixed and floating point arithmetic: gopy's decimal module.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent (or an infinity, a
quiet or a signaling NaN with an integer payload). Arithmetic follows the General Decimal
Arithmetic specification as CPython's C implementation (libmpdec) does: every result is the
exact one rounded once to the context's precision, and what happened on the way (rounding,
inexactness, overflow ...) is recorded as conditions that set the context's flags and raise
the trapped ones. The exact parts work on Python ints; exp, ln, log10 and non-integral
powers are computed in fixed point with guard digits that grow until the rounding is sure.
"""

import math
import numbers
import re
import sys
import threading
from collections import namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---- signals ---------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    """The base of every decimal signal."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result (its result, when untrapped, is NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string did not have the syntax of a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit in the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were rounded away."""


class InvalidContext(InvalidOperation):
    """A context's settings were unusable."""


class Rounded(DecimalException):
    """Digits (perhaps only zeros) were rounded away."""


class Subnormal(DecimalException):
    """A result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent was too large to represent."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or a comparison)."""


# Conditions are bits of an int; each maps to the signal whose flag it sets and, for the
# message of a trapped signal, to the class it is listed as.
_C_CLAMPED = 1
_C_SYNTAX = 2
_C_DIVZERO = 4
_C_IMPOSSIBLE = 8
_C_UNDEFINED = 16
_C_INEXACT = 64
_C_BADCTX = 128
_C_INVALID = 256
_C_FLOAT = 1024
_C_OVERFLOW = 2048
_C_ROUNDED = 4096
_C_SUBNORMAL = 8192
_C_UNDERFLOW = 16384
_C_ANY_INVALID = _C_SYNTAX | _C_IMPOSSIBLE | _C_UNDEFINED | _C_BADCTX | _C_INVALID

# The signals in the order of a SignalDict (and of the choice of the exception raised).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = {
    InvalidOperation: _C_ANY_INVALID, FloatOperation: _C_FLOAT, DivisionByZero: _C_DIVZERO,
    Overflow: _C_OVERFLOW, Underflow: _C_UNDERFLOW, Subnormal: _C_SUBNORMAL,
    Inexact: _C_INEXACT, Rounded: _C_ROUNDED, Clamped: _C_CLAMPED,
}
# The classes a trapped signal's message lists, in CPython's order.
_LISTED = ((_C_INVALID, InvalidOperation), (_C_SYNTAX, ConversionSyntax),
           (_C_IMPOSSIBLE, DivisionImpossible), (_C_UNDEFINED, DivisionUndefined),
           (_C_BADCTX, InvalidContext), (_C_FLOAT, FloatOperation),
           (_C_DIVZERO, DivisionByZero), (_C_OVERFLOW, Overflow), (_C_UNDERFLOW, Underflow),
           (_C_SUBNORMAL, Subnormal), (_C_INEXACT, Inexact), (_C_ROUNDED, Rounded),
           (_C_CLAMPED, Clamped))
# The order in which a Context's repr names its flags and traps.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)

_BAD_SIGNAL = ('valid values for signals are:\n'
               '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
               '   Clamped]')
_BAD_ROUNDING = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


class SignalDict:
    """The flags or traps of a Context: a mapping from each of the nine signals to a
    bool, with a fixed set of keys."""

    __slots__ = ('_on',)

    def __init__(self, on=()):
        self._on = {s: (s in on) for s in _SIGNALS}

    def _key(self, key):
        if key not in self._on:
            raise KeyError(_BAD_SIGNAL)
        return key

    def __getitem__(self, key):
        return self._on[self._key(key)]

    def __setitem__(self, key, value):
        self._on[self._key(key)] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._on

    def __iter__(self):
        return iter(self._on)

    def __len__(self):
        return len(self._on)

    def keys(self):
        return self._on.keys()

    def values(self):
        return self._on.values()

    def items(self):
        return self._on.items()

    def get(self, key, default=None):
        return self._on.get(key, default)

    def copy(self):
        return dict(self._on)

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self._on == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % kv for kv in self._on.items()) + '}'

    def _set(self):
        return [s for s in _SIGNALS if self._on[s]]

    def _bits(self):
        bits = 0
        for s, on in self._on.items():
            if on:
                bits |= _SIGNAL_BITS[s]
        return bits


SignalDict.__module__ = 'abc'


def _signal_dict(value):
    """A SignalDict from a Context argument: a list of signals or a full dict."""
    if isinstance(value, SignalDict):
        return SignalDict(value._set())
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(s not in value for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        return SignalDict([s for s in _SIGNALS if value[s]])
    on = list(value)
    for s in on:
        if s not in _SIGNAL_BITS:
            raise KeyError(_BAD_SIGNAL)
    return SignalDict(on)


def _int_setting(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value
