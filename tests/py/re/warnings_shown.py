# The warnings re gives while compiling that CPython shows by default: FutureWarnings for
# sets that a future version may read differently, DeprecationWarnings for group names that
# will become errors (shown because the call is in __main__).
import re

print(re.compile('[[a]'))
print(re.compile('[a-z--]'), re.compile('[a&&b]'), re.compile('[a||b]'), re.compile('[a~~b]'))
print(re.compile('(a)(?(+1)a)'), re.compile(b'(?P<\xe9>a)'))
print(re.sub('(a)', r'\g<١>', 'a'), re.sub(b'(?P<n>a)', rb'\g<n>', b'a'))
print(re.compile('[[a]'))
# Pattern.sub and Match.expand parse templates with fewer frames of Python than re.sub:
# their warnings point one and two frames above the call (to "sys" when there is none).
p = re.compile('(a)')
print(p.sub(r'\g<+1>', 'a'))
def f():
    return p.sub(r'\g< 1>', 'a')
print(f())
def g():
    return p.match('a').expand(r'\g<01 >')
def h():
    return g()
print(h(), g())
def compiles():
    return re.compile('[[b]'), re.compile('(b)(?(+1)b)')
print(compiles())
print(re.compile('[&&x]'), re.compile('[x&&]'))
