"""Writes the pickle interop fixtures: python3 gen.py (or go generate ./modules/pickle).

For every object of a catalogue and every protocol 0-5, fixtures.json.gz holds the bytes
CPython 3.11's C pickler writes and the repr of the object; errors.json holds malformed
pickles with the exception CPython's unpickler raises; snippets.json holds repr(result) of
each script in snippets/ (run as __main__). The Go tests load each fixture in
gopy (same repr), dump it again (same bytes) and check each error.
"""
import gzip
import json
import os
import pickle
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fixture_classes as fc  # noqa: E402


def catalogue():
    """Yields (name, object, kind). kind: "value" (repr and bytes checked), "ref" (a
    function or class: bytes checked), "instance" (bytes checked after a load)."""
    ints = [0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
            2**63 - 1, -2**63, 2**63, 2**64, 2**100, -(2**100), 2**1000, -(2**1000)]
    for i in ints:
        yield 'int %d' % i if abs(i) < 2**70 else 'int big %d bits%s' % (i.bit_length(), '-' if i < 0 else ''), i, 'value'
    for f in [0.0, -0.0, 1.5, -2.25, 0.1, 1e100, 1e-300, 1e16, 123456789.125, float('inf'), float('-inf')]:
        yield 'float %r' % f, f, 'value'
    yield 'none', None, 'value'
    yield 'true', True, 'value'
    yield 'false', False, 'value'
    yield 'complex', 1j, 'value'
    yield 'complex2', complex(1.5, -2), 'value'
    strs = ['', 'abc', 'caf\xe9', '\u20ac', '\U0001f600', 'a\\b\n\r\x00\x1a\t', 'x' * 300, 'long' * 17000]
    for i, s in enumerate(strs):
        yield 'str %d' % i, s, 'value'
    for i, b in enumerate([b'', b'abc', b'\x00\xff\x80', b'x' * 300, b'y' * 70000]):
        yield 'bytes %d' % i, b, 'value'
    yield 'bytearray', bytearray(b'ab\x00'), 'value'
    yield 'bytearray empty', bytearray(), 'value'
    yield 'tuple 0', (), 'value'
    yield 'tuple 1', (1,), 'value'
    yield 'tuple 2', (1, 'a'), 'value'
    yield 'tuple 3', (1, 2, 3), 'value'
    yield 'tuple 4', (1, 2, 3, 4), 'value'
    yield 'tuple nested', ((1, (2, ())), [3]), 'value'
    yield 'list 0', [], 'value'
    yield 'list 1', [1], 'value'
    yield 'list mixed', [None, True, 1, 2.5, 'a', b'b', (1,), [2]], 'value'
    yield 'list 1000', list(range(1000)), 'value'
    yield 'list 1001', list(range(1001)), 'value'
    yield 'list 2500', list(range(2500)), 'value'
    yield 'dict 0', {}, 'value'
    yield 'dict 1', {'a': 1}, 'value'
    yield 'dict 2', {'b': 1, 'a': 2}, 'value'
    yield 'dict int keys', {3: 'c', 1: 'a', 2: 'b'}, 'value'
    yield 'dict mixed keys', {1: None, 'x': [1], (1, 2): 'tuple key', None: 0}, 'value'
    yield 'dict 1000', {i: -i for i in range(1000)}, 'value'
    yield 'dict 1001', {i: i for i in range(1001)}, 'value'
    yield 'set 0', set(), 'value'
    yield 'set ints', {3, 1, 2}, 'value'
    yield 'set 1000', set(range(1000)), 'value'
    yield 'set big ints', {10**6, 7, 2**40}, 'value'
    yield 'frozenset 0', frozenset(), 'value'
    yield 'frozenset ints', frozenset({5, 4}), 'value'
    yield 'set of tuples', {(1, 2), (3, 4)}, 'value'
    yield 'set of bytes', {b'a', b'bc'}, 'load'
    shared = [1, 2]
    yield 'shared list', [shared, shared, (shared,)], 'value'
    t = ('t', 1)
    yield 'shared tuple', [t, t], 'value'
    s = 'shared string'
    yield 'shared str', [s, s, {s: s}], 'value'
    rec = []
    rec.append(rec)
    yield 'recursive list', rec, 'value'
    d = {}
    d['self'] = d
    yield 'recursive dict', d, 'value'
    rt = ([],)
    rt[0].append(rt)
    yield 'recursive tuple', rt, 'value'
    big = [{'id': i, 'name': 'item%d' % i, 'tags': ['a', 'b'], 'score': i * 0.5, 'blob': b'\x01' * 8}
           for i in range(1500)]
    yield 'mixed tree (frames)', big, 'value'
    yield 'ellipsis', ..., 'value'
    yield 'notimplemented', NotImplemented, 'value'
    yield 'type none', type(None), 'ref'
    for name, obj in [('len', len), ('int', int), ('dict', dict), ('object', object),
                      ('ValueError', ValueError), ('getattr', getattr), ('range', range),
                      ('func', fc.func), ('Point class', fc.Point), ('nested class', fc.Nested.Inner)]:
        yield 'ref ' + name, obj, 'ref'
    yield 'exception', ValueError('bad', 1), 'value'
    yield 'exception noargs', KeyError(), 'value'
    yield 'instance Point', fc.Point(1, 'two'), 'instance'
    yield 'instance Empty', fc.Empty(), 'instance'
    yield 'instance shared', [fc.Point(0, 0)] * 2, 'instance'
    yield 'instance getstate', fc.WithState(), 'instance'
    yield 'instance reduce', fc.Reduced(), 'load'
    # Added with the issue 5 audit: boundaries, special floats, builtin names, subclasses
    # of builtin types, __getnewargs(_ex)__, slots, copyreg registrations, exceptions.
    for i in [127, 128, -128, -129, -255, -256, -257, 32767, 32768, -32768, -32769,
              2**64 - 1, -2**64, 2**2040, 2**2047, -(2**2047), 2**2048, 256**255, 256**256]:
        yield 'int boundary %d bits %s' % (i.bit_length(), '-' if i < 0 else '+'), i, 'value'
    yield 'float nan', float('nan'), 'value'
    yield 'float -nan', -float('nan'), 'load'
    yield 'float min subnormal', 5e-324, 'value'
    yield 'float max', 1.7976931348623157e308, 'value'
    yield 'complex inf nan', complex(float('inf'), float('nan')), 'value'
    yield 'str 255', 'a' * 255, 'value'
    yield 'str 256', 'a' * 256, 'value'
    yield 'str latin1 128', '\xe9' * 128, 'value'
    yield 'str lone surrogates', 'a\ud800b\udcff', 'value'
    yield 'str controls', '\x7f\x80\x9f\xa0\u2028', 'value'
    yield 'bytes 255', b'z' * 255, 'value'
    yield 'bytes 256', b'z' * 256, 'value'
    yield 'bytes all', bytes(range(256)), 'value'
    yield 'bytearray 300', bytearray(b'q' * 300), 'value'
    yield 'tuple 5', (1, 2, 3, 4, 5), 'value'
    yield 'tuple of empties', ((), ()), 'value'
    yield 'dict 2001', {i: i for i in range(2001)}, 'value'
    yield 'set 1001', set(range(1001)), 'value'
    yield 'frozenset 1001', frozenset(range(1001)), 'value'
    yield 'shared bytes', [b'shared bytes', b'shared bytes'][:1] * 2, 'value'
    yield 'shared frozenset', [frozenset([1, 2])] * 2, 'value'
    yield 'builtin names', [len, int, abs, str, ValueError, print], 'ref'
    yield 'object()', object(), 'instance'
    yield 'range', range(2, 9, 3), 'value'
    yield 'instance newargs', fc.NewArgs(5, 6), 'instance'
    yield 'instance newargs_ex', fc.NewArgsEx(7, k=8), 'instance'
    yield 'instance slots', fc.Slots(), 'instance'
    yield 'instance slots dict', fc.SlotsDict(), 'instance'
    yield 'instance registered', fc.Registered(1), 'instance'
    for name, obj in [('int', fc.SubInt(5)), ('str', fc.SubStr('ab')), ('tuple', fc.SubTuple((1, 2))),
                      ('list', fc.SubList([1])), ('dict', fc.SubDict(a=1)), ('set', fc.SubSet([3])),
                      ('frozenset', fc.SubFrozenSet([4]))]:
        obj.attr = name
        yield 'instance sub' + name, obj, 'instance'
    yield 'exception user', fc.MyError('m', 2), 'instance'
    e = fc.MyError('with attr')
    e.extra = [1]
    yield 'exception user attr', e, 'instance'
    yield 'exception oserror', OSError(2, 'No such file or directory', 'f.txt'), 'value'
    yield 'exception oserror5', OSError(2, 'x', 'a', None, 'b'), 'value'
    yield 'exception filenotfound', FileNotFoundError(2, 'nf'), 'value'
    yield 'exception user oserror', fc.MyOSError(13, 'denied'), 'instance'
    yield 'exception keyerror', KeyError('k'), 'value'
    yield 'exception stopiteration', StopIteration(3), 'value'
    yield 'exception systemexit', SystemExit(2), 'value'


def random_trees(n, seed=1):
    """Yields n random object trees mixing every builtin type, with shared references."""
    import random
    rnd = random.Random(seed)
    pool = []

    def atom():
        k = rnd.randrange(9)
        if k == 0:
            return rnd.choice([None, True, False, ...])
        if k == 1:
            return rnd.randrange(-2**70, 2**70) >> rnd.randrange(70)
        if k == 2:
            return rnd.choice([0.5, -1e300, 1e-5, 3.25, float('inf')]) * rnd.randrange(1, 9)
        if k == 3:
            return ''.join(rnd.choice('ab_\xe9\u20ac\n\\') for _ in range(rnd.randrange(6)))
        if k == 4:
            return bytes(rnd.randrange(256) for _ in range(rnd.randrange(5)))
        if k == 5:
            return complex(rnd.randrange(5), rnd.randrange(5))
        if k == 6 and pool:
            return rnd.choice(pool)
        if k == 7:
            return 'name%d' % rnd.randrange(4)
        return rnd.randrange(300)

    def tree(depth):
        if depth == 0 or rnd.random() < 0.3:
            return atom()
        k = rnd.randrange(6)
        items = [tree(depth - 1) for _ in range(rnd.randrange(5))]
        if k == 0:
            obj = items
        elif k == 1:
            obj = tuple(items)
        elif k == 2:
            obj = {}
            for x in items:
                key = atom()
                try:
                    obj[key] = x
                except TypeError:
                    pass
        elif k == 3:
            # Only numbers: CPython's order of str and bytes in a set depends on the
            # per-process hash seed, and None's hash on its address.
            obj = set()
            for _ in items:
                x = atom()
                if isinstance(x, (int, float, complex)):
                    obj.add(x)
        elif k == 4:
            obj = frozenset(rnd.randrange(1000) for _ in items)
        else:
            obj = [items, tuple(items)]
        if rnd.random() < 0.3:
            pool.append(obj)
        return obj

    for i in range(n):
        yield 'random %d' % i, tree(4), 'value'


def load_error_cases():
    return [b'', b'\x80', b'\x80\x05', b'\x80\x06N.', b'N', b'.', b'\xff', b'z', b'\x00',
            b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'\x95\xff\xff\xff\xff\xff\xff\xff\x7fN.',
            b'K', b'J\x00\x00', b'X\xff\xff\xff\xff', b'X\x05\x00\x00\x00ab', b'h\x05.', b'\x94.',
            b'N\x94h\x00h\x01.', b'a.', b'(.', b'0.', b'1.', b'I1x\n.', b'I12', b'Fx\n.', b'F 1.5\n.',
            b'Sabc\n.', b"S'\xc3\xa9'\n.", b'T\x01\x00\x00\x00\xe9.', b'T\xff\xff\xff\xff',
            b'X\x02\x00\x00\x00\xff\xfe.', b'\x8c\x01\xff.', b'\x8c\x02\xc3(.', b'\x8c\x01\xc3.',
            b'cbuiltins\nnosuch\n.', b'\x93.', b'N\x93.', b'NN\x93.', b'NNR.', b'}Ns.', b'}NNNu.',
            b'\x8a\x05\x00\x00\x00\x00\x00', b'\x8b\xff\xff\xff\xff.', b'\x8b\xff\xff\xff\x7f',
            b'\x82\x01.', b'P.', b'Q.', b'\x88b.', b'N}b.', b']Ne.', b'(N(Ne.', b'\x8f(]\x90.',
            b'g0\n.', b'gx\n.', b'p0\n.', b'Np-1\n.', b'\x80\x02N)\x81.', b'\x80\x04NN}\x92.',
            b'\x80\x02cbuiltins\nint\nN\x81.', b'\x97.', b'\x98.', b'B\xff\xff\xff\x7f',
            b'\x8e\x00\x00\x00\x00\x00\x00\x00\x80', b'\x8d\xff\xff\xff\xff\xff\xff\xff\xff',
            b'\x96\x00\x00\x00\x00\x00\x00\x00\x80', b'(I1\nI2\nI3\nd.', b'N(.', b'L12', b'Lx\n.',
            b'V\\u00\n.', b'cbuiltins\nlen\n(S\'ab\'\no.', b'(\x85.', b'N\x86.', b'}(N\x90.',
            b'\x80\x04\x8c\x08builtins\x8c\x03int\x93\x8c\x01x\x85R.',
            # Text opcodes: empty arguments, C string parsing, number syntax, bad UTF-8.
            b'I\n.', b'L\n.', b'F\n.', b'g\n.', b'p\n.', b'i\n\n.', b'(i\n\n.', b'L L\n.',
            b'F1_0\n.', b'F1e500\n.', b'F0x10\n.', b'F 1.5 \n.', b'I01L\n.', b'g1x\n.', b'L1\xed1L\n.',
            b'(lp\x91\n.', b'Lx' + b'1' * 300 + b'L\n.', b'I0x\n.', b'I08\n.', b'L010L\n.', b'L0xgL\n.', b'g0x0\n.', b'L\x001L\n.',
            # Opcode bytes CPython prints escaped, READONLY_BUFFER on a non-buffer, sizes
            # beyond any allocation (CPython allocates bytes and bytearray before reading).
            b"\x80\x04'.", b'\x80\x02)\\.', b'\x80\x05N\x98.', b'\x80\x05]\x98.',
            b'\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\xa2\x00J\xd4\xfe\xff\xff.',
            b']\x8eq\x00(NNNe.', b'\x96(K\x01K\x02K\x03tq\x00.',
            # Module names in errors are repr()s; a dotted name imports its package first.
            b'c\\\\codecs\nencode\n.', b'c_.builtin__\nset\n.', b'cnosuch.sub\nx\n.', b'cos.nosuch\nx\n.']


def main():
    if os.environ.get('PYTHONHASHSEED') != '0':
        # Set order of str depends on the hash seed: fix it so the files are reproducible.
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    fixtures = []
    for name, obj, kind in list(catalogue()) + list(random_trees(150)):
        for proto in range(6):
            try:
                data = pickle.dumps(obj, proto)
            except TypeError:
                # Slots without __getstate__ at protocols 0-1: tests/py/pickle covers it.
                continue
            again = pickle.loads(data)
            fx = {'name': name, 'proto': proto, 'kind': kind, 'pickle': data.hex(),
                  'repr': repr(again) if kind == 'value' else ''}
            if kind != 'load':
                # What CPython writes for the loaded copy: a set built by the unpickler
                # may iterate in another order than the original.
                redump = pickle.dumps(again, proto)
                if redump != data:
                    fx['redump'] = redump.hex()
            fixtures.append(fx)
    errors = []
    for data in load_error_cases():
        try:
            pickle.loads(data)
            raise SystemExit('no error for %r' % data)
        except Exception as e:
            errors.append({'pickle': data.hex(), 'type': type(e).__name__, 'message': str(e)})
    # Gzipped (mtime 0, so regenerating gives the same bytes): the large objects that
    # exercise framing are repetitive.
    with open(os.path.join(HERE, 'fixtures.json.gz'), 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', mtime=0, filename='') as f:
            f.write(json.dumps(fixtures, indent=0).encode() + b'\n')
    snippets = {}
    sdir = os.path.join(HERE, 'snippets')
    for name in sorted(os.listdir(sdir)):
        if name.endswith('.py'):
            g = runpy.run_path(os.path.join(sdir, name), run_name='__main__')
            snippets[name] = repr(g['result'])
    with open(os.path.join(HERE, 'snippets.json'), 'w') as f:
        json.dump(snippets, f, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'errors.json'), 'w') as f:
        json.dump(errors, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
