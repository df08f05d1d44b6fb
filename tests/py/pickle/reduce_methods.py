# object.__reduce_ex__(protocol) and object.__reduce__() called from Python (super() in a
# class's own __reduce_ex__/__reduce__, copy-style callers): CPython's protocol rules, the
# builtin __getnewargs__ and set.__reduce__, exceptions' __reduce__, and their pickles.
import pickle


def show(r):
    if isinstance(r, tuple):
        return '(' + ', '.join(show(x) for x in r) + ')'
    if isinstance(r, type):
        return 'class ' + ('complex' if r is complex else r.__name__)
    if callable(r):
        return 'callable ' + r.__name__
    if type(r).__name__.endswith('iterator'):
        return 'iterator ' + repr(list(r))
    return repr(r)


def attempt(f):
    try:
        print(show(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __init__(self):
        self.v = 1


class SuperEx:
    def __init__(self):
        self.q = 9

    def __reduce_ex__(self, proto):
        return super().__reduce_ex__(proto)


class SuperRed:
    def __init__(self):
        self.v = 2

    def __reduce__(self):
        return super().__reduce__()


class NA:
    def __new__(cls, a):
        o = object.__new__(cls)
        o.a = a
        return o

    def __getnewargs__(self):
        return (self.a,)


class S(set):
    __slots__ = ('a',)


class SI(int):
    pass


class T(tuple):
    def __getnewargs__(self):
        return ('custom',)


for proto in range(6):
    attempt(lambda: P().__reduce_ex__(proto))
    attempt(lambda: SuperEx().__reduce_ex__(proto))
    attempt(lambda: NA(3).__reduce_ex__(proto))
    attempt(lambda: SI(7).__reduce_ex__(proto))
    attempt(lambda: T((1,)).__reduce_ex__(proto))
    attempt(lambda: [1, 2].__reduce_ex__(proto))
    attempt(lambda: (1, 2).__reduce_ex__(proto))
    attempt(lambda: 'ab'.__reduce_ex__(proto))
    attempt(lambda: (1 + 2j).__reduce_ex__(proto))
    attempt(lambda: KeyError('k').__reduce_ex__(proto))
    for o in (SuperEx(), SuperRed(), NA(4)):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(r).__name__, sorted(vars(r).items()))
attempt(lambda: P().__reduce__())
attempt(lambda: SuperRed().__reduce__())
s = S([1])
s.a = 2
attempt(lambda: s.__reduce__())
attempt(lambda: s.__reduce_ex__(2))
attempt(lambda: len.__reduce_ex__(2))
attempt(lambda: object().__reduce_ex__())
attempt(lambda: object().__reduce__(1))
e = ValueError('x', 1)
e.attr = 5
attempt(lambda: e.__reduce__())
attempt(lambda: OSError(2, 'nf', 'f').__reduce__())
attempt(lambda: {3}.__reduce_ex__(2))
