# Arguments of dumps/loads/dump/load, Pickler/Unpickler and PickleBuffer: keywords, defaults,
# and CPython's TypeError/ValueError messages for wrong ones.
import pickle
class W:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(bytes(b))
class Rd:
    def __init__(self, data): self.data = list(data); self.pos = 0
    def read(self, n=-1):
        r = bytes(self.data[self.pos:self.pos + n]); self.pos += len(r); return r
    def readline(self):
        end = self.pos
        while end < len(self.data) and self.data[end] != 10: end += 1
        end = min(end + 1, len(self.data))
        r = bytes(self.data[self.pos:end]); self.pos = end; return r
w = W()
p = pickle.Pickler(w, 2)
p.persistent_id = lambda o: 'X' if o == 5 else None
p.dump([5, 6])
print(b''.join(w.parts))
u = pickle.Unpickler(Rd(b''.join(w.parts)))
u.persistent_load = lambda pid: 'loaded ' + pid
print(u.load())
def attempt(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
attempt(lambda: pickle.dumps(1, 'x'))
attempt(lambda: pickle.dumps(1, 2.5))
attempt(lambda: pickle.dumps())
attempt(lambda: pickle.dumps(1, 2, 3))
attempt(lambda: pickle.dumps(1, protocol=None))
attempt(lambda: pickle.dumps(1, bogus=1))
attempt(lambda: pickle.loads('str'))
attempt(lambda: pickle.loads(bytearray(b'K\x01.')))
attempt(lambda: pickle.loads(memoryview(b'K\x02.')))
attempt(lambda: pickle.loads(b'K\x01.', encoding=5))
attempt(lambda: pickle.loads(b'K\x01.', bogus=5))
attempt(lambda: pickle.loads())
attempt(lambda: pickle.loads(b'K\x01.extra'))
attempt(lambda: pickle.Pickler(W(), 6))
attempt(lambda: pickle.Pickler(5))
attempt(lambda: pickle.Unpickler(5))
attempt(lambda: pickle.Unpickler(Rd(b'')).load())
class P2(pickle.Pickler):
    def __init__(self, f): pass
attempt(lambda: P2(W()).dump(1))
class U2(pickle.Unpickler):
    def __init__(self, f): pass
attempt(lambda: U2(Rd(b'N.')).load())
attempt(lambda: pickle.dumps(1, -1))
attempt(lambda: pickle.dumps(1, True))
attempt(lambda: pickle.dumps(1, fix_imports=0))
attempt(lambda: pickle.dumps(1, 2, buffer_callback=len))
attempt(lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 5, buffer_callback=5))
attempt(lambda: pickle.PickleBuffer(5))
attempt(lambda: pickle.PickleBuffer())
attempt(lambda: pickle.loads(b'\x80\x05\x97.', buffers=[5]))
attempt(lambda: pickle.loads(b'\x80\x05\x97.', buffers=iter([b'a'])))
attempt(lambda: pickle.Pickler(W(), bogus=1))
attempt(lambda: pickle.Unpickler(Rd(b''), bogus=1))
attempt(lambda: pickle.Unpickler(Rd(b''), encoding=1))
attempt(lambda: pickle.Unpickler(Rd(b''), errors=1))
attempt(lambda: pickle.load(Rd(b''), errors=1))
attempt(lambda: pickle.load(Rd(b''), bogus=1))
attempt(lambda: pickle.load())
attempt(lambda: pickle.dump(1))
attempt(lambda: pickle.dump(1, W(), bogus=2))
attempt(lambda: pickle.loads(b'', b''))
attempt(lambda: pickle.loads(data=b'N.'))
attempt(lambda: pickle.Pickler())
attempt(lambda: pickle.Unpickler())
attempt(lambda: pickle.Pickler(W(), 2, True, None, 5))
attempt(lambda: pickle.dumps(1, protocol=2, obj=1))
attempt(lambda: pickle.load(file=Rd(b'K\x07.')))
w = W(); pickle.Pickler(file=w, protocol=3, fix_imports=False).dump(range); print(b''.join(w.parts))
