# re.DEBUG prints the parsed pattern and the compiled program, as CPython's does.
import re

for p, f in [('a', 0), ('(a|b)*c', 0), (r'(?P<n>\d+)\s*(?P=n)?', re.I), ('[a-z0-9_]+', 0),
             ('x(?=y)(?<!z)', 0), ('(?>a+)b++', 0), ('(x)?(?(1)a|b)', 0), ('^ab$|cd', re.M),
             ('[^abc]', re.I), ('σ', re.I), ('[ΣΑ-Ω]', re.I), ('.*?', re.S), ('\\bx\\B', 0),
             (b'\\w+', re.L), ('[' + ''.join(chr(c) for c in range(0x100, 0x300, 3)) + ']', 0),
             ('abc(d)ef', 0), ('(?:ab)+', 0), ('a{2,5}?', 0), ('\U00010400', re.I)]:
    print('---', repr(p), f)
    re.compile(p, f | re.DEBUG)
print(re.compile('z', re.DEBUG) is re.compile('z', re.DEBUG))
