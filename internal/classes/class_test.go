package classes

import (
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestInheritedDunders(t *testing.T) {
	check(t, `
class A:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __eq__(self, o):
        return isinstance(o, A) and self.n == o.n
    def __hash__(self):
        return self.n
    def __repr__(self):
        return "A(%d)" % self.n
    def __lt__(self, o):
        return self.n < o.n
    def __contains__(self, x):
        return x == 7
    def __call__(self, x):
        return x + self.n
    def __bool__(self):
        return self.n > 1
class B(A):
    pass
b = B(3)
print(len(b), b[1], list(b), b == B(3), b != B(3), b == A(4))
print(repr(b), str(b), b < B(5), B(5) > b, 7 in b, 8 in b, b(4), bool(b), bool(B(1)))
print(isinstance(b, A), isinstance(b, object), isinstance(b, (int, A)), issubclass(B, A), issubclass(B, (int, str)))
print(type(b) is B, b.__class__ is B, B.__name__, B.__bases__ == (A,), B.__mro__ == (B, A, object))
print(sorted([B(3), B(1), B(2)]))
`, "3 10 [0, 10, 20] True False False\nA(3) A(3) True True True False 7 True False\nTrue True True True False\nTrue True B True True\n[A(1), A(2), A(3)]\n")
}

func TestSuperPropertyMeta(t *testing.T) {
	check(t, `
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(x): return x * 2
class B(A):
    def f(self): return "B>" + super(B, self).f()
class C(A):
    def f(self): return "C>" + super(C, self).f()
    @classmethod
    def c(cls): return "C>" + super(C, cls).c()
class D(B, C):
    def f(self): return "D>" + super(D, self).f()
print(D().f(), [k.__name__ for k in D.__mro__])
print(D.c(), D().c(), D.s(4), D().s(5), A.f(D()))
class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    def _set(self, v): self._x = v * 10
    x = x.setter(_set)
    def _del(self): print("deleting"); del self._x
    x = x.deleter(_del)
p = P()
p.x = 4
print(p.x, P.x.__doc__)
del p.x
print(hasattr(p, "_x"), hasattr(p, "x"))
try:
    p.y
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name + "!"
        return super(Meta, mcs).__new__(mcs, name, bases, ns)
    def hello(cls): return "hello " + cls.__name__
class M(metaclass=Meta):
    pass
class N(M):
    pass
print(M.tag, N.tag, N.hello(), type(N) is Meta, isinstance(N, type))
X = type("X", (A,), {"v": 3})
print(X.__name__, X().v, X().f(), type(X()) is X)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class Single:
    inst = None
    def __new__(cls, *a):
        if cls.inst is None:
            cls.inst = super(Single, cls).__new__(cls)
        return cls.inst
    def __init__(self, v): self.v = v
print(Single(1) is Single(2), Single(3).v)
class G:
    def gen(self):
        yield 1
        yield 2
class H(G):
    def gen(self):
        for x in super(H, self).gen():
            yield x * 10
print(list(H().gen()))
o = H()
setattr(o, "q", 5)
print(getattr(o, "q"), getattr(o, "zz", 9), hasattr(o, "q"), vars(o))
delattr(o, "q")
print(hasattr(o, "q"), callable(o), callable(H), callable(len))
print(H.__qualname__, H.__module__, H.gen.__name__, H.__dict__["gen"].__name__)
`, `D>B>C>A.f ['D', 'B', 'C', 'A', 'object']
C>A.c D C>A.c D 8 10 A.f
40 the x
deleting
False False
'P' object has no attribute 'y'
M! N! hello N True True
X 3 A.f True
'S' object has no attribute 'c'
'S' object has no attribute 'b'
True 3
[10, 20]
5 9 True {'q': 5}
False False True True
H __main__ gen gen
`)
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
