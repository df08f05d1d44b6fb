def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e.args)
    except ValueError as e:
        print(label, 'ValueError', e.args)

class W:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1

w = W()
print('a', 1, 2.5, None, sep='|', end='!\n', file=w, flush=True)
print(file=w)
print('x', 'y', sep=None, end=None, file=w)
print(w.parts, w.flushed)
show('print bad sep', lambda: print('a', sep=1))
show('print bad kw', lambda: print('a', foo=1))
print('flushed', 1.5e16, (1,), [0.1], flush=True)
show('hash', lambda: [hash(1), hash(1.0), hash(True), hash(-1), hash(0), hash(1.5), hash((1, 'a')) == hash((1, 'a')), hash(None) == hash(None), hash(2**100)])
show('hash list', lambda: hash([1]))
show('hash dict', lambda: hash(dict()))
show('hash set', lambda: hash(set()))
show('hash tuple with list', lambda: hash((1, [2])))
show('reversed', lambda: [list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(4))), list(reversed(dict.fromkeys('xyz')))])
show('reversed bad', lambda: reversed(5))
show('reversed set', lambda: reversed(set([1])))
show('enumerate', lambda: [list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3))])
show('enumerate bad', lambda: enumerate('ab', 'x'))
show('format', lambda: [format(3.14159, '.2f'), format(42), format('x', '>3'), format(255, '#x'), format(1e16), format(True)])
show('format bad', lambda: format(1, 'z'))
show('format type', lambda: format([1], 'x'))
show('int', lambda: [int(True), int(False), int(3.99), int(-3.99), int('42'), int(' 7 ')])
show('bool', lambda: [bool(), bool(0), bool(1), bool(''), bool('a'), bool(dict()), bool(set([1]))])
show('repr', lambda: [repr(1.5), repr('x'), repr((1,)), repr([1e22, 1e-5]), ascii('ñ'), repr(1e16)])
show('str', lambda: [str(1.0), str(1e16), str((1,)), str(123456789.123), str(-0.0), str(float('inf'))])
show('dict ctor', lambda: [dict(), dict([(1, 2)]), dict(a=1), dict(dict.fromkeys([1, 2]), b=2)])
show('dict ctor bad', lambda: dict([1, 2]))
show('dict ctor bad len', lambda: dict([(1, 2, 3)]))
show('dict ctor noniter', lambda: dict(5))
show('set ctor', lambda: [set('aab') == set('ab'), frozenset(range(3)), set(dict.fromkeys([2, 1]))])
show('set ctor kw', lambda: set(x=1))
show('set ctor noniter', lambda: set(1))
show('round', lambda: [round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(12345, -2), round(2.5, 0)])
show('min max', lambda: [min(3, 1, 2), max('abc'), min([1.5, 1]), max(1, 1.0), min((2, 'b'), (2, 'a'))])
show('bytearray', lambda: [bytearray(b'ab'), bytearray(3), bytearray('hi', 'ascii'), len(bytearray(b'abc'))])
show('memoryview', lambda: [memoryview(b'xyz').tobytes(), len(memoryview(bytearray(5)))])
