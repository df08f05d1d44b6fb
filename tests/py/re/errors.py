# re.error for bad patterns: message, pos, lineno, colno, as CPython gives them; and the
# TypeErrors and ValueErrors of wrong arguments.
import re

patterns = [
    '(', ')', 'a)', '(a', '[a', '[a-', '[]', '[b-a]', '[a-\\d]', '*', 'a**', '+a', 'a{3,2}',
    '(?', '(?P', '(?P<', '(?P<>a)', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=x)', '(?Px)',
    '(?<a>x)', '(?#x', '(?(1)a)', '(a)(?(1)a|b|c)', '(?(0)a)', '(?(x)a)', '\\', 'a\\',
    '\\q', '\\x4', '\\u12', '\\U00110000', '\\400', '[\\400]', '\\8', '(a)\\2', '(a\\1)',
    '(?<=a*)b', '(?<=a|bc)d', '(?i', '(?z)', '(?-i)', '(?i-i:a)', '(?L)a', '(?au)a',
    'a(?i)b', '(?x)a\n(b', 'a\nb\nc)', 'ab\n  (?P<n>x\n', '\\N', '(?P<a-b>x)',
    'x{4294967295}', '(?(4294967296)a)', '(?<=(?(1)a))', '(?t)a+',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, repr(e.pattern))
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)

for p in [b'(', b'\\u0041', b'(?u)a', b'[\xe9-\xe0]', b'\\N{X}', b'a\n(']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, '->', e, '|', e.pos, e.lineno, e.colno, repr(e.pattern))

for flags in [re.L, re.A | re.U]:
    try:
        re.compile('a', flags)
    except ValueError as e:
        print('ValueError', e)
for flags in [re.U, re.A | re.L]:
    try:
        re.compile(b'a', flags)
    except ValueError as e:
        print('ValueError', e)

e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
e = re.error('boom', b'abc', 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
class MyError(re.error):
    pass
print(MyError('x', 'y', 0))

p = re.compile('a')
calls = [
    lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', pos='x'),
    lambda: p.match('a', foo=1), lambda: p.match('a', 1, pos=2), lambda: p.search(1),
    lambda: p.match('a', 1.5), lambda: p.match(b'a'), lambda: re.compile(b'a').match('a'),
    lambda: p.sub('x'), lambda: p.split(), lambda: re.match(), lambda: re.match('a'),
    lambda: re.match('a', 'b', 0, 1), lambda: re.compile(5), lambda: re.compile('a', 'x'),
    lambda: re.compile(p, re.I), lambda: re.match('a', 5), lambda: re.sub('a', 5, 'a'),
    lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a'),
    lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.sub(b'a', lambda m: 5, b'a'),
    lambda: re.sub(b'a', bytearray(b'\\n'), b'a'), lambda: re.escape(5),
    lambda: p.match('a').group(2), lambda: p.match('a').group('x'), lambda: p.match('a')[1.5],
    lambda: p.match('a').start(-1), lambda: p.match('a').span(3), lambda: re.compile('(?P<n>a)').match('a').group([]),
    lambda: re.Pattern(), lambda: re.Match(), lambda: p.match('a', 2**70),
    lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'), lambda: re.sub('a', r'\g<1', 'a'),
    lambda: re.sub('a', r'\g', 'a'), lambda: re.sub('a', '\\', 'a'), lambda: re.sub('a', r'\q', 'a'),
    lambda: re.sub('a', r'\g<-1>', 'a'), lambda: re.sub('a', r'\g<a b>', 'a'), lambda: re.sub('(a)', r'\g<1x>', 'a'),
    lambda: re.sub('a', r'\400', 'a'), lambda: re.sub('a', r'\g<>', 'a'), lambda: p.match('a').expand(r'\1'),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
