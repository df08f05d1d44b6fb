# re's flags: RegexFlag values, reprs and operations, inline flags, flags' effect.
import re

for f in [re.I, re.I | re.M, re.I | 1024, ~re.I, re.NOFLAG, re.A | re.L, re.U, re.T,
          re.DEBUG, re.I | re.M | re.S | re.X, re.RegexFlag(0), re.RegexFlag(3), re.I & re.M,
          re.I ^ re.I, 2 | re.M, re.X | 2, ~re.NOFLAG, ~(re.I | 1024), re.RegexFlag(-1),
          re.RegexFlag(1 << 20), re.I & 3, 3 ^ re.I]:
    print(repr(f), str(f), int(f), f.value, f.name, type(f).__name__, format(f), '%s %d' % (f, f))
print(re.IGNORECASE is re.I, re.RegexFlag(2) is re.I, re.RegexFlag['MULTILINE'], re.RegexFlag.VERBOSE)
print(list(re.RegexFlag), len(re.RegexFlag), list(re.I | re.M), len(re.I | re.S), list(re.NOFLAG))
print(list(re.RegexFlag.__members__))
print(re.I in re.I | re.M, re.S in re.I | re.M, bool(re.NOFLAG), bool(re.I), re.I == 2, hash(re.I) == hash(2))
print(isinstance(re.I, int), issubclass(re.RegexFlag, int), re.I + 1, type(re.I + 1).__name__)
print(f'{re.I:>6}|{re.I}|{re.M!r}', sorted([re.M, re.I, re.A]))
for bad in [lambda: re.RegexFlag(1.5), lambda: re.RegexFlag['ZZ'], lambda: re.I | 'a', lambda: 2 in re.I]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import pickle, copy
print(pickle.dumps(re.I, 2), pickle.dumps(re.I | re.M, 4))
print(pickle.loads(pickle.dumps(re.I)) is re.I, copy.copy(re.M) is re.M, copy.deepcopy(re.S) is re.S)

print(re.compile('a', re.I | re.M), re.compile('a', re.A), re.compile(b'a', re.L | re.I))
print(re.compile('a', 0x400), re.compile('a', re.U), re.compile('(?i)a'), re.compile('(?x)a').flags)
print(re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('(?a)a').flags, re.compile('(?s)a', re.M).flags)

print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'aAa'), re.findall('(?i:a)A', 'aA AA aa'))
print(re.findall('^\\w', 'ab\ncd', re.M), re.findall('^\\w', 'ab\ncd'), re.findall('\\w$', 'ab\ncd\n', re.M))
print(re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'), re.findall('(?-s:.)', 'a\nb', re.S))
print(re.findall(r'''
    \d+   # digits
    [ ]?  # a space
    [a-z] # a letter
''', '12 a 3b', re.X))
print(re.findall('(?x) a b (?-x: c d)', 'abc d ab cd'))
print(re.findall(r'\w+', 'é ça x', re.A), re.findall(r'(?a)\w+', 'é ça x'), re.findall(r'\w+', 'é ça x'))
print(re.findall(r'\d', '1٢3', re.A), re.findall(r'\d', '1٢3'), re.findall(r'\s', 'a\u00a0b', re.A), re.findall(r'\s', 'a\u00a0b'))
print(re.findall(rb'\w+', b'caf\xe9 x'), re.findall(rb'\w+', b'caf\xe9 x', re.L))
print(re.search(r'(?i)straße', 'STRASSE'), re.search(r'(?i)ß', 'ẞ'), re.search('(?i)σ', 'ς'))
print(re.match('(?i)[a-z]+', 'ABCxyz'), re.match('(?ai)k', '\u212a'), re.match('(?i)k', '\u212a'))
