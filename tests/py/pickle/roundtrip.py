# Values of every builtin type at every protocol: the bytes gopy writes and what they load to.
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65536, 2**31, -2**31 - 1, 2**64, -(2**100),
    0.0, -1.5, 1e100, 1e-7, float('inf'), 1j, complex(2, -0.5),
    '', 'abc', 'caf\xe9 \u20ac \U0001f600', 'back\\slash\nnewline',
    b'', b'\x00\xffabc',
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]],
    {}, {'a': 1, 'b': [2]}, {3: 'c', 1: 'a', (1, 2): None},
    set(), {3, 1, 2}, frozenset(), frozenset({7, 5}),
    len, int, dict, ValueError, type(None), Ellipsis,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(getattr(v, '__name__', repr(v)), data, repr(back) == repr(v))

shared = [1, 2]
tree = [shared, shared, {'k': shared}]
for proto in range(6):
    data = pickle.dumps(tree, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[2]['k'] is back[0])

rec = [1]
rec.append(rec)
d = {}
d['me'] = d
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec, proto))
    e = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(rec, proto), r[1] is r, e['me'] is e)

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], 4))
print(pickle.dumps(list(range(5)), -1))
big = [{'id': i, 'name': 'n%d' % i, 'data': b'\x01\x02\x03'} for i in range(3000)]
data = pickle.dumps(big)
print(pickle.loads(data) == big)
long = 'x' * 70000
print(pickle.loads(pickle.dumps(long)) == long)
blob = long.encode()
print(pickle.loads(pickle.dumps(blob, 5)) == blob)
