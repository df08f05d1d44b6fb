# array as a sequence: slices (assignment, deletion, extended), insert/pop/remove, the
# operators, copies, files, subclasses, pickles at every protocol and arrays crossing a
# Queue to spawned and forked children.
import copy
import multiprocessing as mp
import os
import pickle
import tempfile
from array import array, typecodes, ArrayType


def work(q, arrays):
    import array as mod
    q.put([(a.typecode, a.tolist()) for a in arrays])
    q.put(mod.array('d', [x * 2 for x in arrays[1]]))


class Samples(array):
    def total(self):
        return sum(self)


if __name__ == '__main__':
    a = array('i', range(10))
    print(a[2], a[-1], a[2:5], a[::3], a[::-1], a[100:], len(a), 3 in a, 30 in a)
    a[1:3] = array('i', [7, 7, 7])
    a[::4] = array('i', [0, 0, 0])
    del a[5:7]
    del a[0]
    print(a)
    try:
        a[::2] = array('i', [1])
    except ValueError as e:
        print(type(e).__name__, e)
    a.insert(0, -5)
    a.insert(100, 50)
    a.insert(-100, -50)
    print(a, a.pop(), a.pop(0), a.pop(-2), a)
    try:
        a.pop(99)
    except IndexError as e:
        print(type(e).__name__, e)
    a.remove(7)
    a.reverse()
    print(a, a.index(7), a.count(7), a.index(0, 3), list(reversed(a))[:3])
    b = a + array('i', [1, 2])
    c = array('i', [1]) * 3
    d = 2 * array('b', [4, 5])
    a += array('i', [9])
    c *= 2
    print(b, c, d, a, array('d') * 5, array('u', 'ab') * 2)
    for x, y in [(array('i', [1, 2]), array('i', [1, 2])), (array('i', [1, 2]), array('i', [1, 3])),
                 (array('i', [1, 2]), array('d', [1.0, 2.5])), (array('i'), array('i', [0]))]:
        print(x == y, x != y, x < y, x <= y, x > y, x >= y)
    print(array('i', [1]) == [1], array('i', [1]).__eq__([1]))
    for bad in [lambda: a + 1, lambda: a.__iadd__([1]), lambda: a * 'x', lambda: a['x'],
                lambda: a.__setitem__('x', 1), lambda: array('i', [1]).insert(0, 'x'),
                lambda: a.extend(array('d', [1.0])), lambda: hash(a), lambda: a.frombytes('ab'),
                lambda: array('i', x=1)]:
        try:
            print(bad())
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(copy.copy(a), copy.deepcopy(array('u', 'xy')), copy.copy(a) is a)
    print(typecodes, ArrayType is array, array('f', [0.1, 1e40, -1e40]), array('f', [1 / 3]).tobytes())
    print(array('u', 'héllo').tounicode(), array('u', 'hé').tobytes(), array('B', b'\x00\xff').tolist())
    tmp = tempfile.mkdtemp()
    try:
        path = os.path.join(tmp, 'data')
        with open(path, 'wb') as f:
            array('h', [1, -2, 3]).tofile(f)
        r = array('h')
        with open(path, 'rb') as f:
            r.fromfile(f, 2)
            try:
                r.fromfile(f, 5)
            except EOFError as e:
                print(type(e).__name__, e)
        print(r)
    finally:
        os.remove(path)
        os.rmdir(tmp)
    s = Samples('d', [1.5, 2.5])
    s.note = 'x'
    print(s, s.total(), type(s[:1]).__name__, type(s + s).__name__, s.typecode, s.itemsize)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for x in (array('b', [1, -1]), array('Q', [2 ** 64 - 1]), array('f', [1.5]), array('u', 'zé'), s):
            y = pickle.loads(pickle.dumps(x, proto))
            assert type(y) is type(x) and y == x and y.typecode == x.typecode, (proto, x, y)
        t = pickle.loads(pickle.dumps(s, proto))
        print(proto, t, getattr(t, 'note', None))
    arrays = [array('i', [1, 2]), array('d', [0.5]), array('u', 'hi'), array('B')]
    for ctx in (mp.get_context('spawn'), mp.get_context('fork')):
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, arrays))
        p.start()
        print(q.get(), q.get())
        p.join()
        print('exit', p.exitcode)
