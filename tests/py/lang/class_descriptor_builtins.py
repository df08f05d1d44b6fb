# property, classmethod and staticmethod objects: fields, errors, docs, abstract properties.
import abc
try: classmethod()
except TypeError as e: print(e)
try: staticmethod(1, 2)
except TypeError as e: print(e)
sm = staticmethod(len)
print(sm.__func__ is len, sm.__wrapped__ is len)
cm = classmethod(len)
print(cm.__func__ is len)
print(repr(property())[:17], type(property()).__name__)
p = property(lambda s: 1, doc="D")
print(p.__doc__, p.fset, p.getter(len).__doc__ is not None)
class A:
    def _g(self): "getdoc"; return self._v
    def _s(self, v): self._v = v
    def _d(self): del self._v
    v = property(_g, _s, _d)
a = A(); a.v = 3; print(a.v); del a.v
try: a.v
except AttributeError as e: print(e)
print(A.v.__doc__)
class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    @property
    def name(self): return "impl"
print(Impl().name)
class LoggedProp(property):
    count = 0
    def __set__(self, obj, value):
        LoggedProp.count += 1
        super().__set__(obj, value)
class W:
    def _g(self): return self.__dict__.get('w', 0)
    def _s(self, v): self.__dict__['w'] = v
    w = LoggedProp(_g, _s)
x = W(); x.w = 5; x.w = 6
print(x.w, LoggedProp.count)
lp = W.__dict__['w']
lp.extra = 1
print(lp.extra, lp.__dict__)
try:
    property().foo = 1
except AttributeError as e: print(e)
print(property.__get__(A.v, a) if hasattr(a, '_v') else 'no')
class E: 
    @property
    def r(self): raise KeyError('k')
try: E().r
except KeyError as e: print('KeyError', e)
print(isinstance(sm, staticmethod))
class SubSM(staticmethod):
    def __get__(self, obj, owner=None):
        print("SubSM get")
        return super().__get__(obj, owner)
class F:
    @SubSM
    def s(): return 's'
print(F.s(), F().s())
