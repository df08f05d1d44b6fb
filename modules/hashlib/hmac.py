"""HMAC (keyed-hashing for message authentication, RFC 2104), gopy's implementation over
hashlib."""

import _hashlib
from _hashlib import compare_digest

__all__ = ['HMAC', 'new', 'digest', 'compare_digest']

trans_5C = bytes([b ^ 0x5C for b in range(256)])
trans_36 = bytes([b ^ 0x36 for b in range(256)])

# The size of the digests produced by this module: None, as the digest module decides.
digest_size = None


def _constructor(digestmod):
    """A callable that makes a new hash object of digestmod (a name, a constructor or a
    module with new())."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        import hashlib

        def make(data=b''):
            return hashlib.new(digestmod, data)
        return make

    def make_from_module(data=b''):
        return digestmod.new(data)
    return make_from_module


class HMAC:
    """RFC 2104 HMAC: an object with update(), digest(), hexdigest() and copy(), as
    hashlib's hash objects."""

    blocksize = 64  # a constant of the RFC; the digest's block size is used instead

    __slots__ = ('_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = size = self._inner.digest_size
        size = getattr(self._inner, 'block_size', None)
        if size is None or size < 16:
            size = self.blocksize
        self.block_size = size
        padded = bytes(key)
        if len(padded) > size:
            padded = make(padded).digest()
        padded += bytes(size - len(padded))
        self._outer.update(padded.translate(trans_5C))
        self._inner.update(padded.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed msg into the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent copy of this HMAC."""
        cls = type(self)
        other = cls.__new__(cls)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The HMAC of the data so far, as bytes (the object can still be updated)."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object for key, fed msg, with the digest digestmod (required: a
    hashlib name, a constructor or a module)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the digest named or given by digest, in one call."""
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except _hashlib.UnsupportedDigestmodError:
            pass
    return HMAC(key, msg, digest).digest()
