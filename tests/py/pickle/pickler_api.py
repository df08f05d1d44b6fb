# The Pickler/Unpickler API: persistent_id/persistent_load, reducer_override, dispatch_table,
# PickleBuffer in and out of band (buffer_callback, buffers), fix_imports, Python 2 str with
# encoding/errors, find_class, the module's classes and constants. gopy has no io module: a
# small BytesIO stands in for it.
import pickle, copyreg
class BytesIO:
    def __init__(self, data=b''):
        self.data = list(data); self.pos = 0; self.parts = []
    def write(self, b):
        self.parts.append(bytes(b)); return len(b)
    def getvalue(self): return b''.join(self.parts)
    def read(self, n=-1):
        if n < 0: n = len(self.data) - self.pos
        r = bytes(self.data[self.pos:self.pos + n]); self.pos += len(r); return r
    def readline(self):
        end = self.pos
        while end < len(self.data) and self.data[end] != 10: end += 1
        end = min(end + 1, len(self.data))
        r = bytes(self.data[self.pos:end]); self.pos = end; return r
class io:
    BytesIO = BytesIO
class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        if obj == 42: return 'num42'
        return None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        if pid == 'num42': return 420
        return 'loaded:' + pid
for p in range(6):
    f = io.BytesIO()
    P(f, p).dump(['ext:a', 42, 'b', ['ext:a']])
    print(p, f.getvalue())
    print(U(io.BytesIO(f.getvalue())).load())
# persistent id without override on Unpickler
try:
    pickle.loads(b'Pabc\n.')
except Exception as e: print(type(e).__name__, e)
try:
    pickle.loads(b'\x80\x02X\x01\x00\x00\x00aQ.')
except Exception as e: print(type(e).__name__, e)
# protocol 0 persistent id must be ascii str
for pid in ['\xe9', 5, 'a\nb']:
    class P0(pickle.Pickler):
        def persistent_id(self, obj, pid=pid):
            return pid if obj == 1 else None
    f = io.BytesIO()
    try:
        P0(f, 0).dump([1]); print('pid0', repr(pid), f.getvalue())
    except Exception as e: print('pid0', repr(pid), type(e).__name__, e)
# reducer_override
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len: return (str, ('LEN',))
        if isinstance(obj, int) and obj == 7: return (int, ('8',))
        if isinstance(obj, type) and obj is dict: return NotImplemented
        return NotImplemented
for p in range(6):
    f = io.BytesIO()
    RO(f, p).dump([len, 7, dict, 7.0])
    print('ro', p, f.getvalue(), pickle.loads(f.getvalue()))
# dispatch_table
class Pt:
    def __init__(self, x): self.x = x
def red(o): return (Pt, (o.x * 2,))
for p in range(6):
    f = io.BytesIO()
    pk = pickle.Pickler(f, p)
    pk.dispatch_table = copyreg.dispatch_table.copy()
    pk.dispatch_table[Pt] = red
    pk.dump([Pt(3)])
    print('dt', p, f.getvalue(), pickle.loads(f.getvalue())[0].x)
class DT(pickle.Pickler):
    dispatch_table = {Pt: red}
f = io.BytesIO(); DT(f, 2).dump(Pt(5)); print('dtcls', f.getvalue())
# buffer_callback / PickleBuffer
pb = pickle.PickleBuffer(b'abc')
bufs = []
d = pickle.dumps([pb, pickle.PickleBuffer(bytearray(b'xy'))], 5, buffer_callback=bufs.append)
print('oob', d, [b.raw().tobytes() for b in bufs])
print('oobload', [bytes(x) for x in pickle.loads(d, buffers=bufs)])
print('inband5', pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xy'))], 5))
for x in [b'abc', bytearray(b'q')]:
    try: print('inband4', pickle.dumps(pickle.PickleBuffer(x), 4))
    except Exception as e: print(type(e).__name__, e)
for p in range(0, 4):
    try: print('pb', p, pickle.dumps(pickle.PickleBuffer(b'abc'), p))
    except Exception as e: print('pb', p, type(e).__name__, e)
try: pickle.dumps(pb, 4, buffer_callback=bufs.append)
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(d)
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(d, buffers=[])
except Exception as e: print(type(e).__name__, e)
try: pickle.loads(d, buffers=5)
except Exception as e: print(type(e).__name__, e)
d2 = pickle.dumps(pb, 5, buffer_callback=lambda b: True)
print('cb true', d2)
d3 = pickle.dumps(pb, 5, buffer_callback=lambda b: False)
print('cb false', d3)
d4 = pickle.dumps(pickle.PickleBuffer(bytearray(b'z')), 5, buffer_callback=lambda b: None)
print('cb none', d4, pickle.loads(d4, buffers=[b'Q']), pickle.loads(d4, buffers=[bytearray(b'Q')]))
print(pickle.PickleBuffer(b'ab').raw().tobytes(), bytes(pickle.PickleBuffer(b'ab')))
pbx = pickle.PickleBuffer(b'ab'); pbx.release()
try: pickle.dumps(pbx, 5)
except Exception as e: print(type(e).__name__, e)
# fix_imports
for p in range(4):
    print('fix', p, pickle.dumps([ValueError, range, reduce_ex if False else len], p), pickle.dumps([ValueError, range], p, fix_imports=False))
py2 = b"(lp0\nS'abc'\np1\naS'\\xe9'\np2\na(dp3\nS'k'\np4\nI1\nsc__builtin__\nunicode\np5\na."
for enc, err in [('ASCII', 'strict'), ('latin1', 'strict'), ('bytes', 'strict'), ('ascii', 'replace'), ('utf-8', 'strict'), ('utf-8', 'ignore')]:
    try: print('py2', enc, err, pickle.loads(py2, encoding=enc, errors=err))
    except Exception as e: print('py2', enc, err, type(e).__name__, e)
py2b = b"\x80\x02]q\x00(U\x03abcq\x01U\x01\xe9q\x02T\x03\x00\x00\x00xyzq\x03e."
for enc in ['ASCII', 'latin1', 'bytes']:
    try: print('py2b', enc, pickle.loads(py2b, encoding=enc))
    except Exception as e: print('py2b', enc, type(e).__name__, e)
print(pickle.loads(b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.'), pickle.loads(b'cexceptions\nValueError\n(S\'x\'\ntR.'))
try: print(pickle.loads(b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.', fix_imports=False))
except Exception as e: print(type(e).__name__, e)
print(pickle.loads(b"ccopy_reg\n_reconstructor\n(c__main__\nPt\nc__builtin__\nobject\nNtR(dS'x'\nI3\nsb.").x)
# Unpickler find_class override
class FC(pickle.Unpickler):
    def find_class(self, m, n):
        if n == 'len': return abs
        return super().find_class(m, n)
print(FC(io.BytesIO(pickle.dumps([len, int], 2))).load())
class FC2(pickle.Unpickler):
    def find_class(self, m, n):
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (m, n))
try: FC2(io.BytesIO(pickle.dumps(len))).load()
except Exception as e: print(type(e).__name__, e)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__)
print(pickle.Pickler, pickle.Unpickler, pickle.PickleBuffer, pickle.PicklingError, pickle.UnpicklingError)
pk = pickle.Pickler(io.BytesIO())
print(pk.fast, pk.bin, pickle.Pickler(io.BytesIO(), 0).bin)
l = [1]
f = io.BytesIO(); pk = pickle.Pickler(f, 2); pk.fast = 1; pk.dump([l, l]); print('fast', f.getvalue())
pk.clear_memo()
