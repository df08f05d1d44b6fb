# gopy's secrets: thin names over one random.SystemRandom, which reads the system's
# random source, as CPython 3.11's module is.

import base64
import binascii
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32  # bytes of a token when no size is given

_sysrand = SystemRandom()
choice = _sysrand.choice
randbits = _sysrand.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _sysrand.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a string of hexadecimal digits, two per byte."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64, without padding."""
    raw = token_bytes(nbytes)
    return base64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')
