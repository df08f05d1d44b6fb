# More instances: self-references, slots with __dict__, __setstate__, dict subclasses with
# attributes, attribute order, classes and functions as attributes, nested classes, shared
# instances, copyreg extension codes (EXT1/EXT2/EXT4) both ways.
import pickle, copyreg
class A:
    def __init__(self): self.me = self; self.l = [self]
    def __repr__(self): return 'A'
class S:
    __slots__ = ('x', 'y', '__dict__')
    def __init__(self): self.x = 1; self.z = 3
    def __repr__(self): return 'S(%r,%r)' % (getattr(self, 'x', None), getattr(self, 'y', None))
class SS(S):
    __slots__ = ('w', '__p')
    def __init__(self): super().__init__(); self.w = 4; self.__p = 5
class St:
    def __init__(self): self.v = 1
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
    def __repr__(self): return 'St(%r)' % sorted(vars(self).items())
class SuperRed:
    def __init__(self): self.q = 9
    def __reduce_ex__(self, proto):
        r = super().__reduce_ex__(proto)
        return r
    def __repr__(self): return 'SuperRed(%r)' % vars(self)
class Ex(dict):
    def __init__(self): super().__init__(k=1); self.attr = 2
class Ord:
    def __init__(self): self.b = 1; self.a = 2; self.c = 3
class WithCls:
    def __init__(self): self.cls = WithCls; self.f = len
class Outer:
    class Inner:
        def __init__(self): self.x = 1
def run(name, o):
    for p in range(6):
        try:
            d = pickle.dumps(o, p)
        except Exception as e:
            print(name, p, 'ERR', type(e).__name__, e); continue
        r = pickle.loads(d)
        print(name, p, d)
        rr = repr(r)
        if ' at 0x' in rr:
            rr = '<%s>' % type(r).__name__
        print('   ', rr[:150], sorted(getattr(r, '__dict__', {}).keys()))
run('A', A())
run('S', S())
run('St', St())
run('Ex', Ex())
run('Ord', Ord())
run('WithCls', WithCls())
run('Inner', Outer.Inner())
run('list of same', [Ord()] * 3)
copyreg.add_extension('__main__', 'Ord', 240)
copyreg.add_extension('__main__', 'A', 300)
copyreg.add_extension('__main__', 'St', 70000)
run('ext', [Ord, A, St, Ord])
print(pickle.loads(b'\x80\x02\x82\xf0.') is Ord, pickle.loads(b'\x80\x02\x83\x2c\x01.') is A, pickle.loads(b'\x80\x02\x84\x70\x11\x01\x00.') is St)
try: pickle.loads(b'\x80\x02\x82\xf1.')
except Exception as e: print(type(e).__name__, e)
copyreg.remove_extension('__main__', 'Ord', 240)
try: pickle.loads(b'\x80\x02\x82\xf0.')
except Exception as e: print(type(e).__name__, e)
