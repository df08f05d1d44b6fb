# re.Scanner (a lexicon of patterns and actions) and Pattern.scanner.
import re

def number(scanner, token):
    return ('NUM', int(token), scanner.match.span())

sc = re.Scanner([
    (r'\d+', number),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[=+*/-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
    (r'\(', 'LPAREN'),
])
print(sc.scan('x = 12 + y_2 * (3 - z)'))
print(sc.scan('a = 1 ; b'))
print(sc.scan(''))
print(re.Scanner([(r'a*', None)]).scan('aab'))
print(re.Scanner([(r'(?i)A', 'a'), ('b', 'b')]).scan('aAb'))
print(re.Scanner([(r'\w+', 'w')], re.A).scan('éa'), re.Scanner([(r'\w+', 'w')]).scan('éa'))
print(re.Scanner([(rb'\d', 1), (rb'x', 2)]).scan(b'1x2y'))
print(type(sc.scanner).__name__, sc.scanner.groups, sc.scanner.pattern)
try:
    re.Scanner([('(', None)])
except re.error as e:
    print('error', e)

p = re.compile(r'\w+')
s = p.scanner(' ab  cd e', 1, 8)
print(s.match(), s.match(), s.search(), s.search(), s.search(), s.match())
s = re.compile('').scanner('ab')
print(s.search(), s.search(), s.search(), s.search())
print(type(s).__name__, s.pattern)
