"""Secure hash and message digest algorithms (gopy's hashlib, over _hashlib and _blake2).

Each constructor (md5(), sha256(), blake2b() ...) returns a hash object with update(),
digest(), hexdigest() and copy(); new(name, data=b'') looks an algorithm up by name."""

import _hashlib
import _blake2
from _hashlib import (
    openssl_md5 as md5, openssl_sha1 as sha1, openssl_sha224 as sha224,
    openssl_sha256 as sha256, openssl_sha384 as sha384, openssl_sha512 as sha512,
    openssl_sha3_224 as sha3_224, openssl_sha3_256 as sha3_256,
    openssl_sha3_384 as sha3_384, openssl_sha3_512 as sha3_512,
    openssl_shake_128 as shake_128, openssl_shake_256 as shake_256,
    pbkdf2_hmac, scrypt, get_fips_mode)

blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

algorithms_guaranteed = set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                             'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                             'sha3_512', 'shake_128', 'shake_256'])
algorithms_available = algorithms_guaranteed | set(_hashlib.openssl_md_meth_names)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - a new hash object for the named algorithm, fed data."""
    if name == 'blake2b' or name == 'blake2s':
        return getattr(_blake2, name)(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name) from None


new = __hash_new


def file_digest(fileobj, digest, *, _bufsize=2**18):
    """Hash the contents of a file object opened for reading in binary mode.

    digest is a hash name or a callable returning a new hash object."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    readable = getattr(fileobj, 'readable', None)
    if hasattr(fileobj, 'readinto') and readable is not None and readable():
        buf = bytearray(_bufsize)
        view = memoryview(buf)
        while True:
            n = fileobj.readinto(buf)
            if not n:
                return h
            h.update(view[:n])
    if hasattr(fileobj, 'read') and (readable is None or readable()):
        # gopy's file objects have no readinto() yet: read() instead.
        while True:
            chunk = fileobj.read(_bufsize)
            if len(chunk) == 0:  # gopy: an empty bytes is truthy (gpython)
                return h
            h.update(chunk)
    raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
