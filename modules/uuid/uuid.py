r"""UUID objects (universally unique identifiers, RFC 4122): gopy's uuid module.

UUID(hex|bytes|bytes_le|fields|int) makes one from its parts; uuid1() (time and node),
uuid3() (MD5 of a name), uuid4() (random) and uuid5() (SHA-1 of a name) generate them."""

import os
import sys

__author__ = 'Ka-Ping Yee <ping@zesty.ca>'

_LINUX = sys.platform.startswith('linux')

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int      # the builtins the parameters of UUID() shadow
bytes_ = bytes

try:
    from enum import Enum
except ImportError:
    Enum = None

if Enum is not None:
    class SafeUUID(Enum):
        safe = 0
        unsafe = -1
        unknown = None
else:
    class _SafeUUIDMeta(type):
        def __call__(cls, value):
            for member in cls._members:
                if member.value == value:
                    return member
            raise ValueError('%r is not a valid SafeUUID' % (value,))

        def __iter__(cls):
            return iter(cls._members)

    class SafeUUID(metaclass=_SafeUUIDMeta):
        """Whether a UUID was generated safely for concurrent processes (an enum)."""
        _members = []

        def __repr__(self):
            return '<SafeUUID.%s: %r>' % (self.name, self.value)

        def __str__(self):
            return 'SafeUUID.' + self.name

        def __reduce__(self):
            return (SafeUUID, (self.value,))

    for _name, _value in (('safe', 0), ('unsafe', -1), ('unknown', None)):
        _member = object.__new__(SafeUUID)
        _member.name = _name
        _member.value = _value
        SafeUUID._members.append(_member)
        setattr(SafeUUID, _name, _member)
    del _name, _value, _member


def _swap_fields(b):
    """Reverse the byte order of the first three fields (the little-endian layout)."""
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """A UUID: its 128-bit value as int, and views of it (hex, bytes, bytes_le, fields and
    each field, urn, variant, version)."""

    # CPython's UUID has __slots__ ('int', 'is_safe', '__weakref__'); gopy's slots would
    # bypass __setattr__, and UUIDs must stay immutable, so gopy's keep a __dict__.

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            # The first three fields are little-endian there.
            bytes = _swap_fields(bytes_(bytes_le))
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            limits = ((32, 'field 1 out of range (need a 32-bit value)'),
                      (16, 'field 2 out of range (need a 16-bit value)'),
                      (16, 'field 3 out of range (need a 16-bit value)'),
                      (8, 'field 4 out of range (need an 8-bit value)'),
                      (8, 'field 5 out of range (need an 8-bit value)'),
                      (48, 'field 6 out of range (need a 48-bit value)'))
            value = 0
            for field, (width, message) in zip(fields, limits):
                if not 0 <= field < 1 << width:
                    raise ValueError(message)
                value = value << width | field
            int = value
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122's variant (bits 10 at the top of clock_seq), then the version.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_fields(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61  # the three high bits of clock_seq_hi_variant
        if not top & 4:
            return RESERVED_NCS
        if not top & 2:
            return RFC_4122
        if not top & 1:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


def _is_universal(mac):
    return not (mac & (1 << 41))


def _interface_nodes():
    """The hardware addresses of the network interfaces (Linux: /sys/class/net)."""
    nodes = []
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return nodes
    for name in names:
        try:
            with open('/sys/class/net/%s/address' % name) as f:
                text = f.read().strip()
        except OSError:
            continue
        try:
            mac = int(text.replace(':', ''), 16)
        except ValueError:
            continue
        if mac and len(text) == 17:
            nodes.append(mac)
    return nodes


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 4122, 4.1.6)."""
    import random
    return random.getrandbits(48) | (1 << 40)


_node = None


def getnode():
    """The hardware address of this host as a 48-bit int (a random multicast one if none
    can be found; the same during the whole run)."""
    global _node
    if _node is None:
        nodes = _interface_nodes()
        universal = [n for n in nodes if _is_universal(n)]
        _node = (universal or nodes or [_random_getnode()])[0]
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the host's node, a clock sequence and the current time (version 1).

    node defaults to getnode(), clock_seq to a random 14-bit number."""
    global _last_timestamp
    import time
    # 100-ns intervals since 1582-10-15, the UUID epoch.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    safe = SafeUUID.unknown
    if node is None and clock_seq is None:
        safe = SafeUUID.unsafe  # as libuuid's generate_time_safe reports it
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    u = UUID(fields=fields, version=1)
    object.__setattr__(u, 'is_safe', safe)
    return u


def uuid3(namespace, name):
    """A UUID from the MD5 digest of a namespace UUID and a name (version 3)."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID (version 4)."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 digest of a namespace UUID and a name (version 5)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
