"""Object-oriented filesystem paths.

PurePath, PurePosixPath and PureWindowsPath manipulate paths without touching the
filesystem; Path, PosixPath and WindowsPath add the operations that do (stat, open,
iterdir, glob...).
"""

# Written for gopy; CPython 3.11's Lib/pathlib.py is the specification: the same
# normalisation, reprs, errors and ordering of results, and the same pickled form (the
# class and the path's parts), so that pickles move between gopy and python3.

import fnmatch
import functools
import io
import os
import posixpath
import re
import sys
from collections.abc import Sequence
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
    ]

# Errors that mean "the path is not there" for exists() and the is_*() tests.
_MISSING_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)
_MISSING_WINERRORS = (21, 123, 1921)


def _means_missing(exc):
    return (getattr(exc, 'errno', None) in _MISSING_ERRNOS or
            getattr(exc, 'winerror', None) in _MISSING_WINERRORS)


def _has_wildcard(pat):
    return "*" in pat or "?" in pat or "[" in pat


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _uri_quote(data):
    """Percent-encode bytes for a file URI (urllib.parse.quote_from_bytes with '/' safe)."""
    out = []
    for b in data:
        out.append(chr(b) if b in _URI_SAFE else '%%%02X' % b)
    return ''.join(out)


class _Syntax(object):
    """The rules of one kind of path: separators, drives and roots, case."""

    def split_all(self, parts):
        """(drive, root, components) for the joined arguments, as PurePath(*parts)
        normalises them: the last anchored argument resets what came before it."""
        components = []
        drv = root = ''
        for index in range(len(parts) - 1, -1, -1):
            part = parts[index]
            if not part:
                continue
            if self.altsep:
                part = part.replace(self.altsep, self.sep)
            drv, root, rest = self.split_root(part)
            for piece in reversed(rest.split(self.sep)):
                if piece and piece != '.':
                    components.append(piece)
            if drv or root:
                if not drv:
                    # A rooted path keeps the drive of an earlier argument.
                    for earlier in range(index - 1, -1, -1):
                        prev = parts[earlier]
                        if not prev:
                            continue
                        if self.altsep:
                            prev = prev.replace(self.altsep, self.sep)
                        drv = self.split_root(prev)[0]
                        if drv:
                            break
                break
        if drv or root:
            components.append(drv + root)
        components.reverse()
        return drv, root, components

    def join_split(self, drv, root, parts, drv2, root2, parts2):
        """Join two split paths: the second wins where it is anchored."""
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or self.casefold(drv2) == self.casefold(drv):
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2


class _PosixSyntax(_Syntax):
    sep = '/'
    altsep = ''
    has_drv = False
    pathmod = posixpath
    is_supported = (os.name != 'nt')

    def split_root(self, part):
        if part[:1] != '/':
            return '', '', part
        rest = part.lstrip('/')
        # Exactly two leading slashes are kept (POSIX leaves their meaning open).
        return '', '//' if len(part) - len(rest) == 2 else '/', rest

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern)).fullmatch

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _uri_quote(bytes(path))


class _WindowsSyntax(_Syntax):
    sep = '\\'
    altsep = '/'
    has_drv = True
    pathmod = None
    is_supported = (os.name == 'nt')
    drive_letters = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
    reserved_names = frozenset(
        ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
        ['COM' + c for c in '123456789\xb9\xb2\xb3'] +
        ['LPT' + c for c in '123456789\xb9\xb2\xb3'])

    def split_root(self, part):
        prefix = ''
        if part[:2] == '\\\\' and part.startswith('\\\\?\\'):
            # The extended-length prefix, and its UNC form.
            prefix, part = part[:4], part[4:]
            if part.startswith('UNC\\'):
                prefix += part[:3]
                part = '\\' + part[3:]
        if part[:2] == '\\\\' and part[2:3] != '\\':
            # \\server\share is the drive of a UNC path.
            server_end = part.find('\\', 2)
            if server_end != -1:
                share_end = part.find('\\', server_end + 1)
                if share_end != server_end + 1:
                    if share_end == -1:
                        share_end = len(part)
                    if prefix:
                        return prefix + part[1:share_end], '\\', part[share_end + 1:]
                    return part[:share_end], '\\', part[share_end + 1:]
        drv = root = ''
        if part[1:2] == ':' and part[:1] in self.drive_letters:
            drv, part = part[:2], part[2:]
        if part[:1] == '\\':
            root = '\\'
            part = part.lstrip('\\')
        return prefix + drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def compile_pattern(self, pattern):
        return re.compile(fnmatch.translate(pattern), re.IGNORECASE).fullmatch

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in self.reserved_names

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _uri_quote(rest.encode('utf-8')))
        return 'file:' + _uri_quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixSyntax()
_windows_flavour = _WindowsSyntax()
