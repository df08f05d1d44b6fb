from collections import deque
import pickle
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); print(d)
print(d.count(7), d.index(7), 3 in d, 99 in d, list(reversed(d)))
d[0] = 'x'; del d[1]; print(d)
d.insert(1, 'ins'); d.remove('ins'); print(d)
d.reverse(); print(d)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(0); print(m)
m.extend('ab'); print(m)
print(deque(maxlen=0), deque('abc', 2))
e = deque()
for f in (e.pop, e.popleft):
    try:
        f()
    except IndexError as ex:
        print('IndexError:', ex)
for f in [lambda: e[0], lambda: e['a'], lambda: d[1:2], lambda: e.index(3), lambda: e.remove(3),
          lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque([1], 1).insert(0, 2),
          lambda: d + [1], lambda: hash(d), lambda: d.maxlen.__class__, lambda: setattr(d, 'maxlen', 3)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
c = d.copy(); print(c == d, c is d, c < deque([99]), d + deque([1]), d * 2, 2 * deque([1]))
c += [5]; print(c)
c *= 2; print(c)
print(bool(deque()), bool(d), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
for proto in (0, 2, 4):
    print(pickle.loads(pickle.dumps(m, proto)), pickle.loads(pickle.dumps(d, proto)))
r = deque([1])
r.append(r)
print(r)
it = iter(d)
next(it)
d.append(1)
try:
    next(it)
except RuntimeError as ex:
    print('RuntimeError:', ex)
q = deque()
for i in range(5):
    q.append(i)
while q:
    print(q.popleft(), end=' ')
print()
d.clear(); print(d)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
print(md, md.copy(), type(md.copy()).__name__)
