# A 'fork' child gets the parent's weak references (WeakSet, WeakValueDictionary,
# WeakKeyDictionary, plain refs) pointing at its copies of their objects.
import multiprocessing
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Thing({self.name})'


a, b = Thing('a'), Thing('b')
ws = weakref.WeakSet([a, b])
wvd = weakref.WeakValueDictionary({1: a})
wkd = weakref.WeakKeyDictionary({b: 'bee'})
r = weakref.ref(a)


def child(q):
    q.put((sorted(t.name for t in ws), dict(wvd), list(wkd.items()), r(), r() is a))


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
