# Groups nested about 500 deep exceed CPython's recursion limit in its recursive parser:
# RecursionError there, and here, rather than a crash; shallower nesting compiles.
import re

def deepest(make):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            re.compile(make(mid))
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo

print(deepest(lambda n: '(' * n + 'a' + ')' * n), deepest(lambda n: '(?:a' * n + ')' * n))
print(deepest(lambda n: '(?=a' * n + ')' * n), deepest(lambda n: '(?>a' * n + ')' * n))
def nested(d):
    if d:
        return nested(d - 1)
    return deepest(lambda n: '(' * n + ')' * n)
print(nested(50))
try:
    re.compile('(' * 100000 + ')' * 100000)
except RecursionError as e:
    print('RecursionError', e)
print(re.match('(' * 300 + 'a' + ')' * 300, 'a').span(300))
