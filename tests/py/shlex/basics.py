# shlex as CPython 3.11's: split (POSIX and classic, comments), quote, join, the shlex
# class with its attributes, punctuation_chars, whitespace_split, push_token/push_source,
# sources, error_leader and its errors.
import shlex
import io
import os
import tempfile

cases = [
    'a b  c', "foo 'bar baz' \"qu\\\"x\"", r'a\ b c\\d', "x'y'z \"\"  ''", 'one # comment two',
    "it's", 'a"b c"d', r'"a\$b\"c\\d\e"', r"'a\'", 'a\tb\nc\rd', '', '   ', 'a=1 b=2',
    "ßàá ÿ x-y", 'ls -l | grep "x y" > out.txt; echo done&&true', r'\\', r'a\\\ b',
    '"multi\nline" tail', 'café naïve', '--opt=val --x', 'a#b #c', "'#' \"#\" \\#",
]
for s in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                r = shlex.split(s, comments=comments, posix=posix)
            except ValueError as e:
                r = 'ValueError: %s' % e
            print(repr(s), posix, comments, r)
for bad in ['"open', "'open", 'esc\\', '"esc\\']:
    for posix in (True, False):
        try:
            print(shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError', e)

for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x@y%z+=:,./-', 'tab\there', 'é', 'a\nb', '*']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '', '$x']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))

# the class
lex = shlex.shlex('a bc 12 "quoted str" x.y $z # comment\nnext line')
print(lex.posix, repr(lex.eof), lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape,
      lex.escapedquotes, lex.wordchars, lex.whitespace_split, lex.punctuation_chars, lex.infile, lex.lineno)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
print(list(shlex.shlex('a b "c d"', posix=True)), shlex.shlex(posix=True).wordchars[-20:])
lex = shlex.shlex('x y z')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), list(lex), repr(lex.get_token()), lex.get_token() == lex.eof)

for pc in [True, '&|', '();']:
    lex = shlex.shlex('a && b || c; (d) >> e.txt|f ~/x -n=3', posix=True, punctuation_chars=pc)
    lex.whitespace_split = True
    print(repr(lex.punctuation_chars), list(lex), lex.wordchars[-12:])
    lex = shlex.shlex('a&&b||c;(d)>>e', punctuation_chars=pc)
    print(list(lex))
try:
    shlex.shlex('x').punctuation_chars = 'a'
except AttributeError as e:
    print('AttributeError')

lex = shlex.shlex('one two', posix=True)
lex.push_source('inner1 inner2')
print(list(lex), lex.lineno)

d = tempfile.mkdtemp()
try:
    inc = os.path.join(d, 'inc.txt')
    with open(inc, 'w') as f:
        f.write('from include\n')
    main = os.path.join(d, 'main.txt')
    with open(main, 'w') as f:
        f.write('start\nsource "inc.txt"\nend\n')
    with open(main) as f:
        lex = shlex.shlex(f, infile=main)
        lex.source = 'source'
        print(list(lex))
    print(lex.error_leader('file.txt', 9), shlex.shlex('', infile='in.txt').error_leader())
finally:
    for name in os.listdir(d):
        os.unlink(os.path.join(d, name))
    os.rmdir(d)

lex = shlex.shlex('a b', posix=True)
lex.whitespace = ' ,'
lex.whitespace_split = True
print(list(shlex.shlex('a,b c', posix=True)), list(lex))
lex = shlex.shlex('k1=v1,k2=v2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("don't stop", posix=True)
lex.quotes = '"'
print(list(lex))
lex = shlex.shlex('a\nb\n#c\nd', posix=False)
print([(t, lex.lineno) for t in lex])

import warnings
import sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    sys.stdin = io.StringIO('from stdin "x y"')
    print(shlex.split(None))
    print(w[0].category.__name__, w[0].message)
print(shlex.__all__)
