# The warnings re gives while compiling that CPython shows by default: FutureWarnings for
# sets that a future version may read differently, DeprecationWarnings for group names that
# will become errors (shown because the call is in __main__).
import re

print(re.compile('[[a]'))
print(re.compile('[a-z--]'), re.compile('[a&&b]'), re.compile('[a||b]'), re.compile('[a~~b]'))
print(re.compile('(a)(?(+1)a)'), re.compile(b'(?P<\xe9>a)'))
print(re.sub('(a)', r'\g<١>', 'a'), re.sub(b'(?P<n>a)', rb'\g<n>', b'a'))
print(re.compile('[[a]'))
