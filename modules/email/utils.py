"""Helpers for dates and addresses in message headers (RFC 5322)."""

__all__ = ['formatdate', 'format_datetime', 'parsedate', 'parsedate_tz',
           'parsedate_to_datetime', 'mktime_tz', 'formataddr', 'parseaddr',
           'getaddresses', 'quote', 'unquote', 'make_msgid', 'localtime']

import datetime
import os
import random
import socket
import time

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
# Zone names RFC 5322 still lets a reader accept, as offsets in hours.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'EST': -5, 'EDT': -4, 'CST': -6,
          'CDT': -5, 'MST': -7, 'MDT': -6, 'PST': -8, 'PDT': -7}


def _stamp(tm, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tm[6]], tm[2], _MONTHS[tm[1] - 1], tm[0], tm[3], tm[4], tm[5], zone)


def format_datetime(dt, usegmt=False):
    """The date of a datetime in the header format; a naive one is marked -0000."""
    offset = dt.utcoffset()
    if usegmt:
        if dt.tzinfo is None or offset != datetime.timedelta(0):
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif offset is None:
        zone = '-0000'
    else:
        minutes = int(offset.total_seconds()) // 60
        sign = '-' if minutes < 0 else '+'
        zone = '%s%02d%02d' % (sign, abs(minutes) // 60, abs(minutes) % 60)
    return _stamp(dt.timetuple(), zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The time timeval (now by default) as a header date, in UTC unless localtime is true."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
        if localtime:
            dt = dt.astimezone()
            usegmt = False
        return format_datetime(dt, usegmt)
    return _stamp(time.gmtime(timeval), '-0000')


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def parsedate_tz(data):
    """Read a header date into a 10-tuple whose last item is the zone's offset in seconds."""
    if not data:
        return None
    words = data.replace(',', ' ').split()
    if not words:
        return None
    if words[0][:3].capitalize() in _DAYS:
        words = words[1:]
    if len(words) < 4:
        return None
    day, month, year, clock = words[:4]
    zone = words[4] if len(words) > 4 else None
    if month[:3].capitalize() not in _MONTHS:
        day, month = month, day
        if month[:3].capitalize() not in _MONTHS:
            return None
    mon = _MONTHS.index(month[:3].capitalize()) + 1
    try:
        dd = int(day)
        yy = int(year)
        parts = [int(p) for p in clock.split(':')]
    except ValueError:
        return None
    if len(parts) == 2:
        parts.append(0)
    if len(parts) != 3:
        return None
    if yy < 100:
        yy += 2000 if yy < 50 else 1900
    offset = None
    if zone:
        name = zone.upper()
        if name in _ZONES:
            offset = _ZONES[name] * 3600
        elif name[:1] in '+-' and name[1:].isdigit():
            value = int(name[1:])
            offset = (value // 100 * 3600 + value % 100 * 60) * (-1 if name[0] == '-' else 1)
            if name == '-0000':
                offset = None
    return (yy, mon, dd, parts[0], parts[1], parts[2], 0, 1, -1, offset)


def parsedate(data):
    """parsedate_tz's first nine items."""
    found = parsedate_tz(data)
    return None if found is None else found[:9]


def parsedate_to_datetime(data):
    """A header date as a datetime: aware, or naive when the zone is -0000."""
    found = parsedate_tz(data)
    if found is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, offset = found
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def mktime_tz(data):
    """A parsedate_tz tuple as a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def quote(text):
    return text.replace('\\', '\\\\').replace('"', '\\"')


def unquote(text):
    if len(text) > 1:
        if text[0] == text[-1] == '"':
            return text[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if text[0] == '<' and text[-1] == '>':
            return text[1:-1]
    return text


def formataddr(pair, charset='utf-8'):
    """'Name <addr>' from (name, addr), quoting the name where it needs it."""
    name, address = pair
    if not name:
        return address
    if any(ch in '()<>@,:;.\\"[]' for ch in name):
        name = '"%s"' % quote(name)
    return '%s <%s>' % (name, address)


def _one_address(text):
    text = text.strip()
    if '<' in text and text.endswith('>'):
        name, _, address = text[:-1].rpartition('<')
        return (unquote(name.strip()), address.strip())
    return ('', text)


def parseaddr(addr, *, strict=True):
    """(name, address) from a header value holding one address; ('', '') if unreadable."""
    found = getaddresses([addr])
    return found[0] if len(found) == 1 else ('', '')


def getaddresses(fieldvalues, *, strict=True):
    """Every (name, address) pair in the given header values."""
    found = []
    for value in fieldvalues:
        pieces, current, quoted, angle = [], [], False, False
        for ch in str(value):
            if ch == '"':
                quoted = not quoted
            elif ch == '<' and not quoted:
                angle = True
            elif ch == '>' and not quoted:
                angle = False
            if ch == ',' and not quoted and not angle:
                pieces.append(''.join(current))
                current = []
            else:
                current.append(ch)
        pieces.append(''.join(current))
        found.extend(_one_address(piece) for piece in pieces if piece.strip())
    return found


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID value."""
    stamp = int(time.time() * 100)
    pid = os.getpid()
    nonce = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    domain = domain or socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (stamp, pid, nonce, idstring, domain)
