# bytes patterns over bytes, bytearray and memoryview; LOCALE; mixing types.
import re

for subject in [b'abc 123 caf\xe9', bytearray(b'abc 123 caf\xe9'), memoryview(b'abc 123 caf\xe9')]:
    m = re.search(rb'(\w+) (\d+)', subject)
    print(type(subject).__name__, m, m.group(1), type(m.group(1)).__name__, m.string is subject)
    print(re.findall(rb'\w+', subject), re.split(rb'\s', subject), re.sub(rb'\d', b'#', subject))
    print(type(re.sub(rb'\d', b'#', subject)).__name__, re.subn(rb'x', b'y', subject))
print(re.findall(rb'\w+', b'caf\xe9 x', re.L), re.findall(rb'(?L)\w+', b'caf\xe9'))
print(re.match(rb'(?i)CAF\xc9', b'caf\xe9'), re.match(rb'(?i)CAF', b'caf'), re.match(rb'caf', b'CAF', re.I | re.L))
print(re.match(rb'[\x80-\xff]+', b'\x80\xff'), re.match(b'\\x41\\101', b'AA'))
print(re.compile(b'a'), re.compile(b'a', re.I), re.compile(b'a', re.L), re.compile(b'(?a)a'))
print(re.compile(rb'(?P<n>a)').match(b'a').groupdict(), re.sub(rb'(?P<n>a)', rb'\g<n>\g<n>', b'a'))
print(re.escape(b'\x00a.b'), re.split(b'', b'ab'), re.findall(b'(a)(b)?', b'aab'))
m = re.match(b'ab', bytearray(b'abc'))
print(m, m.expand(b'x'), type(m.expand(b'x')).__name__, m.group(), type(m.group()).__name__)
for f in [lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'), lambda: re.match(b'a', 1),
          lambda: re.compile(b'(?u)a'), lambda: re.compile(b'\\w', re.A | re.L)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
