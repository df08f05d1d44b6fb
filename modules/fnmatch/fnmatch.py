"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression.  They cache the compiled regular expressions for speed.

The function translate(PATTERN) returns a regular expression
corresponding to PATTERN.  (It does not compile it.)
"""

# Written for gopy; CPython 3.11's Lib/fnmatch.py is the specification (translate()
# returns the same regular expression text, since scripts can print it).

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style: * matches everything, ? any single character, [seq]
    any character in seq, [!seq] any character not in seq. An initial period is not
    special. Both are case-normalized first where the system needs it (not on POSIX);
    fnmatchcase() never does."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # Bytes patterns go through latin-1, which maps each byte to one character.
        regex = translate(pat.decode('ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _bracket(pat, start, end):
    """The regular expression class for the bracket pat[start:end] (after '[', before
    ']'), or None when it can match nothing."""
    body = pat[start:end]
    if '-' not in body:
        inner = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges; a hyphen first (after a '!') or last is
        # a literal.
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k += 3
        tail = pat[lo:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] = pieces[-1] + '-'
        # A range whose start is above its end matches nothing: drop it.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        inner = '-'.join([p.replace('\\', r'\\').replace('-', r'\-') for p in pieces])
    # Characters that might become set operations in a future re.
    inner = re.sub(r'([&~|])', r'\\\1', inner)
    if not inner:
        return '(?!)'
    if inner == '!':
        return '.'
    if inner[0] == '!':
        inner = '^' + inner[1:]
    elif inner[0] in ('^', '['):
        inner = '\\' + inner
    return '[' + inner + ']'


def _tokens(pat):
    """The pattern as regular expression pieces, with _STAR for each run of '*'."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            close = pat.find(']', j)
            if close < 0:
                out.append('\\[')
            else:
                out.append(_bracket(pat, i, close))
                i = close + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    tokens = _tokens(pat)
    # Text before the first star is matched as it is; each star then takes as little as
    # it can before the fixed text that follows it (an atomic group, so that no
    # backtracking goes back into it), except the last, which takes the rest.
    parts = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        parts.append(tokens[i])
        i += 1
    while i < n:
        i += 1
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            parts.append('.*' + fixed)
        else:
            parts.append('(?>.*?' + fixed + ')')
    return r'(?s:%s)\Z' % ''.join(parts)
