# strip with chars, removeprefix/removesuffix, replace with count.
print(repr('  x  '.strip()), 'xxaxx'.strip('x'), '..a..'.lstrip('.'), '..a..'.rstrip('.'), 'abcba'.strip('ab'))
print('prefix-x'.removeprefix('prefix-'), 'a.py'.removesuffix('.py'), 'a'.removesuffix(''))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
