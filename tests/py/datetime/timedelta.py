# datetime.timedelta: construction and rounding, normalization, reprs, arithmetic,
# comparisons, hashing, pickling and CPython's error messages.
import pickle
from datetime import timedelta


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((-1,), {}), ((0, -1), {}),
                 ((0, 0, -1), {}), ((0, 86400), {}), ((0, 0, 10 ** 6), {}),
                 ((), {'weeks': 1, 'days': -1, 'hours': 25, 'minutes': -1, 'seconds': 61,
                       'milliseconds': 1001, 'microseconds': -1}),
                 ((0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), {}), ((), {'microseconds': 0.5}),
                 ((), {'microseconds': 1.5}), ((), {'microseconds': 2.5}),
                 ((), {'microseconds': -0.5}), ((), {'microseconds': -1.5}),
                 ((), {'seconds': 1e-7}), ((), {'days': -1e-7}), ((), {'days': 1 / 3}),
                 ((), {'hours': 1.1, 'minutes': 0.7, 'milliseconds': 0.3}),
                 ((True,), {}), ((999999999,), {}), ((-999999999,), {}),
                 ((1000000000,), {}), ((-1000000000,), {}), ((), {'days': 1e10}),
                 ((), {'seconds': 86400 * 999999999 + 86399}), (('1',), {}),
                 ((None,), {}), ((1, 2, 3, 4, 5, 6, 7, 8), {}), ((1,), {'days': 2}),
                 ((1,), {'foo': 2}), ((), {'days': float('nan')}), ((), {'days': float('inf')})]:
    show('timedelta%r%r' % (args, kw), lambda: timedelta(*args, **kw))

td = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
print(td.days, td.seconds, td.microseconds, td.total_seconds(), str(td), repr(td))
for t in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2), timedelta(-2, 5),
          timedelta(microseconds=-1), timedelta(seconds=3661), timedelta(days=-1, seconds=1)]:
    print(repr(t), str(t), bool(t), t.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))

a, b = timedelta(1, 2, 3), timedelta(0, 5, 7)
ops = [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('b-a', lambda: b - a), ('-a', lambda: -a),
       ('+a', lambda: +a), ('abs(-a)', lambda: abs(-a)), ('a*3', lambda: a * 3), ('3*a', lambda: 3 * a),
       ('a*1.5', lambda: a * 1.5), ('a*-0.1', lambda: a * -0.1), ('a/3', lambda: a / 3),
       ('a/b', lambda: a / b), ('a//b', lambda: a // b), ('a//3', lambda: a // 3),
       ('a%b', lambda: a % b), ('divmod(a,b)', lambda: divmod(a, b)), ('a/2.5', lambda: a / 2.5),
       ('-a//7', lambda: -a // 7), ('timedelta(seconds=1)/3', lambda: timedelta(seconds=1) / 3),
       ('timedelta(seconds=1)*(1/3)', lambda: timedelta(seconds=1) * (1 / 3)),
       ('timedelta(microseconds=5)/2', lambda: timedelta(microseconds=5) / 2),
       ('timedelta(microseconds=7)/2', lambda: timedelta(microseconds=7) / 2),
       ('timedelta(microseconds=-5)/2', lambda: timedelta(microseconds=-5) / 2),
       ('a/0', lambda: a / 0), ('a//0', lambda: a // 0), ('a/timedelta(0)', lambda: a / timedelta(0)),
       ('a//timedelta(0)', lambda: a // timedelta(0)), ('a%timedelta(0)', lambda: a % timedelta(0)),
       ('divmod(a,timedelta(0))', lambda: divmod(a, timedelta(0))), ('a/0.0', lambda: a / 0.0),
       ('a*inf', lambda: a * float('inf')), ('a/nan', lambda: a / float('nan')),
       ('a+1', lambda: a + 1), ('a*"x"', lambda: a * 'x'), ('a*a', lambda: a * a),
       ('a<b', lambda: a < b), ('a>b', lambda: a > b), ('a==timedelta(1,2,3)', lambda: a == timedelta(1, 2, 3)),
       ('a!=b', lambda: a != b), ('a<=a', lambda: a <= a), ('a==1', lambda: a == 1), ('a<1', lambda: a < 1),
       ('max+1', lambda: timedelta.max + timedelta.resolution), ('min-1', lambda: timedelta.min - timedelta.resolution),
       ('-min', lambda: -timedelta.min), ('sorted', lambda: sorted([b, a, -a, timedelta(0)]))]
for label, f in ops:
    show(label, f)

print(hash(timedelta(0)) == hash(timedelta(seconds=0)), hash(a) == hash(timedelta(1, 2, 3)))
print(hash(timedelta(1, 2, 3)), hash(timedelta(-1)), hash(timedelta(0)))
print(len({timedelta(1), timedelta(days=1), timedelta(hours=24), timedelta(2)}))
print({timedelta(i) for i in range(8)})
for proto in range(6):
    data = pickle.dumps(a, proto)
    print(proto, data, pickle.loads(data) == a)
print(a.__reduce__())
show('set days', lambda: setattr(a, 'days', 5))
show('set other', lambda: setattr(a, 'foo', 5))


class T(timedelta):
    pass


t = T(1, 2)
t.extra = 'x'
print(repr(t), type(t + a).__name__, type(-t).__name__, t.extra, isinstance(t, timedelta))
print(pickle.loads(pickle.dumps(t)), type(pickle.loads(pickle.dumps(t))).__name__)
