# Long subjects: a 10 MB string with .* patterns, long repeats and backtracking, and many
# matches; no recursion limit or stack overflow, results as CPython's.
import re

s = 'ab' * 5_000_000 + 'c'
print(len(s), re.match('.*', s).end(), re.match('.*c', s).end(), re.search('c$', s).start())
print(re.match('(?s).*?c', s).end(), re.fullmatch('(?:ab)*c', s) is not None)
print(re.match('[ab]*', s).end(), re.match('(?:a|b)*c', s[:200_001] + 'c').end())
m = re.match('(a|b)*c', s[:100_000] + 'c')
print(m.span(), m.span(1), m.lastindex)
print(re.search('x', s), re.search('b(?=c)', s).span(), re.search('(?<=a)bc', s).span())
print(len(re.findall('ab', s)), len(re.split('b', s)), len(re.sub('a', '', s)))
print(re.subn('b', 'B', s[:20])[0], re.subn('b', 'B', s)[1])
t = ('x' * 1000 + '\n') * 10_000
print(len(re.findall('^x+$', t, re.M)), re.search('(?m)^$', t).start(), len(re.findall('.*', t)))
u = 'é' * 3_000_000 + 'z'
print(re.search('z', u).start(), re.match('é*z', u).end(), re.match('(?i)É+', u).end())
print(re.match('(x+x+)+y', 'x' * 20), re.match(r'^(\w+\s?)*$', 'aaaa ' * 4 + '!'))
