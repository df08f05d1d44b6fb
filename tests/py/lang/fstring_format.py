# f-string fields use the same formatting as format(): conversions, specs, nested specs.
x, w, p = 3.14159, 10, 2
d = {'k': 'v', 1: [1.5, (2,)]}
print(f"{x:.2f}|{x!r:>12}|{'é'!a}|{d['k']}|{x:{w}.{p}f}|{1e16}|{(1,)}|{d[1]!s}")
print(f"{255:#x} {1234567:,} {'ab':*^6} {True} {None!r} {-0.0:z.1f} {2**70:_}")
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
print(f"{P():abc} {P()} {P()!r} {[P()]}")
try:
    f"{3:s}"
except ValueError as e:
    print('ValueError', e)
try:
    f"{object():>3}"
except TypeError as e:
    print('TypeError', e)
