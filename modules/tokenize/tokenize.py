"""Tokenization help for Python programs.

tokenize(readline) reads bytes lines (detecting the source encoding as the
interpreter does) and generate_tokens(readline) str lines; both yield
TokenInfo 5-tuples (type, string, start, end, line), comments and
non-logical newlines included. untokenize() turns tokens back into source.
"""

import itertools
import re
import sys
import builtins as _builtins
from codecs import lookup, BOM_UTF8
from collections import namedtuple
from io import TextIOWrapper

from token import *
from token import EXACT_TOKEN_TYPES

import token
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', flags=re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', flags=re.ASCII)


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        shown = self._replace(type='%d (%s)' % (self.type, tok_name[self.type]))
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % shown)

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


# --- The token patterns -------------------------------------------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Name = r'\w+'

_digits = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(*[Hexnumber, Binnumber, Octnumber, Decnumber])
Exponent = r'[eE][-+]?' + _digits
Pointfloat = group(_digits + r'\.(?:' + _digits + ')?', r'\.' + _digits) + maybe(Exponent)
Expfloat = _digits + Exponent
Floatnumber = group(*[Pointfloat, Expfloat])
Imagnumber = group(_digits + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(*[Imagnumber, Floatnumber, Intnumber])


def _all_string_prefixes():
    # '' and every spelling of b, r, u, f, br and fr (any order, any case).
    found = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in itertools.permutations(base):
            for cases in itertools.product(*[(c, c.upper()) for c in order]):
                found.add(''.join(cases))
    return found


StringPrefix = group(*sorted(_all_string_prefixes()))

# The rest of a string after its opening quote(s), up to the closing ones.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(*[StringPrefix + q for q in ("'''", '"""')])

Special = group(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, reverse=True)])
Funny = group(r'\r?\n', Special)

# A single-quoted string that ends its line, or continues it with a backslash.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(*[r'\\\r?\n|\Z', Comment, Triple])
PseudoToken = Whitespace + group(*[PseudoExtras, Number, Funny, ContStr, Name])

endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted.update((_prefix + "'", _prefix + '"'))
    triple_quoted.update((_prefix + "'''", _prefix + '"""'))
del _prefix

tabsize = 8

_compiled = {}


def _compile(expr):
    pattern = _compiled.get(expr)
    if pattern is None:
        pattern = _compiled[expr] = re.compile(expr, re.UNICODE)
    return pattern


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass
