# Every itertools iterator on small inputs, their reprs, laziness and argument errors.
import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(3); next(c); print(c, count(1, 2), count(0, 1.0), repr(count(2.5)))
print(list(repeat('x', 3)), repeat('y'), repeat('z', 2), repeat('w', -1), list(repeat(1, 0)))
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)), list(islice('abcdef', 1, 5, 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
      list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))),
      list(filterfalse(None, [0, 1, '', 'a'])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest('ABCD', 'xy', fillvalue='-')),
      list(zip_longest('ab', 'c')), list(zip_longest()), list(pairwise('ABCD')), list(pairwise('A')))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')], [k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
g = groupby('aabbc'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('abc', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
x, y, z = tee('abc', 3); print(list(x), list(y), list(z), tee('a', 0))
t1, = tee(range(3), 1); t2, t3 = tee(t1); print(list(t2), list(t3))
print(sum(1 for _ in combinations(range(10), 4)), len(list(product(range(4), repeat=4))))
for f in [lambda: count('a'), lambda: islice([], -1), lambda: islice([], 1, 2, 0), lambda: islice([], 'a'),
          lambda: islice([], -1, 2), lambda: permutations([1], -1), lambda: combinations([1], -1),
          lambda: tee([], -1), lambda: repeat(), lambda: cycle(3), lambda: islice(3, 1), lambda: product(3),
          lambda: next(chain(3)), lambda: islice([]), lambda: count(1, 'a'), lambda: product('a', repeat=-1),
          lambda: zip_longest(3), lambda: next(starmap(len, [1]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
