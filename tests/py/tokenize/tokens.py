import io
import token
import tokenize

SOURCE = '''\
# -*- coding: utf-8 -*-
"""Module docstring
spanning lines."""
import os, sys  # trailing comment

@decorator(arg=1)
class C(Base, metaclass=M):
    x: int = 0x_1F + 0o17 + 0b1_0 + 1_000 + 1.5e-3 + .5 + 3j + 1E5J + 0
    def f(self, *a, **kw) -> "str":
        if (a and
                kw):  # inside brackets
            return f"{a!r:>10}" rb'raw\\n' u"uni" BR"x"
        elif a @ b >= c // d ** e << f >> g != h:
            a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6
            g &= 7; h |= 8; i ^= 9; j <<= 1; k >>= 2; l **= 3; m @= n
        x = [1,
             2]  \\
            + [3]
        s = 'cont\\
inued'
        t = """a
b""" + ...
        lam = lambda: (yield)
        while (n := n - 1) > 0: pass
    \t
\t# comment at a different indentation

def g(): return ~a ^ b | c & d % e - -f
$ ?
'''

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(tok.start, tok.end, token.tok_name[tok.type], token.tok_name[tok.exact_type], repr(tok.string))

first = next(tokenize.generate_tokens(io.StringIO('a = 1\n').readline))
print(first)
print(first.exact_type, first.type, token.ISTERMINAL(first.type), token.ISEOF(0), token.ISNONTERMINAL(300))

# bytes input: the encoding comes first
for src in [b'x = 1', b'\xef\xbb\xbfx = "\xc3\xa9"\n', b'# coding: latin-1\ns = "\xe9"\n',
            b'#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nz\n', b'', b'\n\n   \n']:
    toks = list(tokenize.tokenize(io.BytesIO(src).readline))
    print([(token.tok_name[t.type], t.string, t.start, t.end) for t in toks])
    print(repr(tokenize.untokenize(toks)))

print(tokenize.detect_encoding(io.BytesIO(b'# coding=utf-8\nx\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# -*- coding: Latin-1 -*-\nx\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'x = 1\n# coding: latin-1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbf# coding: utf-8\n').readline))
for bad in [b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)

# round trips
toks = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
print(tokenize.untokenize(toks) == SOURCE)
pairs = [t[:2] for t in toks]
again = tokenize.untokenize(pairs)
print(repr(again[:120]))
print([t[:2] for t in tokenize.generate_tokens(io.StringIO(again).readline)] == pairs)

# errors
for src in ['x = (1,\n', 's = """abc\n', 'if x:\n        a\n    b\n', 'x = "abc\n', "s = 'a\\\nb\n"]:
    try:
        print([(token.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)])
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), ''), (tokenize.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError', e)
print(len(tokenize.__all__), tokenize.__all__[-5:], token.EXACT_TOKEN_TYPES['->'], token.N_TOKENS, token.NT_OFFSET)
