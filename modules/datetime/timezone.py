

# --- timezone ----------------------------------------------------------------

def _offset_error(offset):
    return ValueError('offset must be a timedelta strictly between '
                      '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                      % (offset,))


def _new_timezone(offset, name):
    if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
        raise _offset_error(offset)
    self = object.__new__(timezone)
    object.__setattr__(self, '_offset', offset)
    object.__setattr__(self, '_name', name)
    return self


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, *args, **kwargs):
        offset, name = _parse('timezone', args, kwargs, ('offset', 'name'), 1)
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _c_name(type(offset)))
        if name is _MISSING:
            if offset._us() == 0 and 'utc' in _UTC:
                return _UTC['utc']
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _c_name(type(name)))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self, *args):
        """pickle support"""
        _no_args('timezone.__getinitargs__', args)
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC.get('utc'):
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, '
                            'not %s' % (what, _c_name(type(dt))))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_arg(dt, 'dst')
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if self._offset._us() == 0:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __setattr__(self, name, value):
        raise AttributeError("'datetime.timezone' object has no attribute '%s'" % name)


_UTC = {}
_UTC['utc'] = timezone.utc = _new_timezone(timedelta(0), None)
UTC = timezone.utc
timezone.min = _new_timezone(timedelta(hours=-23, minutes=-59), None)
timezone.max = _new_timezone(timedelta(hours=23, minutes=59), None)
_OWN_TYPES.add(timezone)
