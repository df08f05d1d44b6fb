

# --- timedelta -------------------------------------------------------------

# The keyword arguments of timedelta, in the order CPython adds them up, with
# their worth in microseconds.
_DELTA_UNITS = (('microseconds', 1), ('milliseconds', 1000),
                ('seconds', 1000000), ('minutes', 60000000),
                ('hours', 3600000000), ('days', _US_PER_DAY),
                ('weeks', 7 * _US_PER_DAY))
_DELTA_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes',
                'hours', 'weeks')


def _delta_from_us(cls, us):
    # A timedelta (of class cls) of us microseconds.
    seconds, micro = divmod(us, 1000000)
    days, seconds = divmod(seconds, 86400)
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError('Python int too large to convert to C int')
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DELTA_DAYS))
    self = object.__new__(cls)
    object.__setattr__(self, '_days', days)
    object.__setattr__(self, '_seconds', seconds)
    object.__setattr__(self, '_microseconds', micro)
    object.__setattr__(self, '_hashcode', -1)
    return self


def _add_unit(name, value, factor, total, leftover):
    # CPython's accum(): ints are exact; a float adds its whole part, then
    # the whole microseconds of its fraction, and keeps what is left over.
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (name, type(value).__name__))


def _divisor(n, message='integer division or modulo by zero'):
    if n == 0:
        raise ZeroDivisionError(message)
    return n


def _float_ratio(f):
    if f != f:
        raise ValueError('cannot convert NaN to integer ratio')
    if f in (_math.inf, -_math.inf):
        raise OverflowError('cannot convert Infinity to integer ratio')
    return f.as_integer_ratio()


@_ordered
@_fields('days', 'seconds', 'microseconds', message='readonly attribute')
class timedelta(object):
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if not kwargs and len(args) <= 3 and all(type(a) is int for a in args):
            days, seconds, us = (tuple(args) + (0, 0, 0))[:3]
            return _delta_from_us(cls, (days * 86400 + seconds) * 1000000 + us)
        values = _parse('__new__', args, kwargs, _DELTA_NAMES, 0)
        given = dict(zip(_DELTA_NAMES, values))
        total, leftover = 0, 0.0
        for name, factor in _DELTA_UNITS:
            value = given[name]
            if value is not _MISSING:
                total, leftover = _add_unit(name, value, factor, total, leftover)
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _delta_from_us(cls, total)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self, *args):
        """Total seconds in the duration."""
        _no_args('timedelta.total_seconds', args)
        return self._us() / 1000000

    def __repr__(self):
        fields = []
        if self._days:
            fields.append('days=%d' % self._days)
        if self._seconds:
            fields.append('seconds=%d' % self._seconds)
        if self._microseconds:
            fields.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_name(self), ', '.join(fields) or '0')

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, seconds)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(timedelta, -self._us())

    def __pos__(self):
        return _delta_from_us(timedelta, self._us())

    def __abs__(self):
        return _delta_from_us(timedelta, abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._us() * int(other))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _delta_from_us(timedelta, _divide_nearest(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // _divisor(other._us())
        if isinstance(other, int):
            return _delta_from_us(timedelta, self._us() // _divisor(int(other)))
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / _divisor(other._us(), 'division by zero')
        if isinstance(other, int):
            return _delta_from_us(timedelta, _divide_nearest(self._us(), _divisor(int(other))))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _delta_from_us(timedelta, _divide_nearest(self._us() * d, _divisor(n)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(timedelta, self._us() % _divisor(other._us(), 'integer modulo by zero'))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), _divisor(other._us()))
            return q, _delta_from_us(timedelta, r)
        return NotImplemented

    def _cmp(self, other, op):
        if not isinstance(other, timedelta):
            return NotImplemented
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __hash__(self):
        if self._hashcode == -1:
            object.__setattr__(self, '_hashcode',
                               hash((self._days, self._seconds, self._microseconds)))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = _delta_from_us(timedelta, -_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us(timedelta, (_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(timedelta, 1)
_OWN_TYPES.add(timedelta)
