# Special methods defined on a base class work on instances of subclasses; user __new__,
# metaclasses, __slots__, type(name, bases, dict).
class Base:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
    def __getitem__(self, k): return k * 2
    def __contains__(self, x): return x == 42
    def __call__(self, *a, **k): return ("called", a, sorted(k.items()))
    def __eq__(self, o): return isinstance(o, Base)
    def __hash__(self): return 7
    def __lt__(self, o): return id(self) < id(o)
    def __str__(self): return "str-Base"
    def __repr__(self): return "repr-Base"
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
    def __getattr__(self, name): return "dyn-" + name
    def __bool__(self): return False
class Sub(Base): pass
class Sub2(Sub): pass
s = Sub2()
print(len(s), list(s), s[5], 42 in s, 1 in s, s(1, x=2), s == Sub(), hash(s), str(s), repr(s), s.foo, bool(s), not s)
print(f"{s}", "%s %r" % (s, s), [s], {s: 1}, {s})
with s as v:
    print(v is s)
    raise ValueError("x")
print("after")
print(sorted([Sub2(), Sub2()], key=lambda o: 0) and "ok", s != Sub(), s if s else "falsy")
class N:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        o = super().__new__(cls)
        o.made = True
        return o
    def __init__(self, x):
        print("init", x)
n = N(5); print(n.made)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class NotMine:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NotMine())
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__)
        return super().__call__(*a)
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta.added, WithMeta(3).v, repr(WithMeta), type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
sl = Slotted()
try: sl.c = 3
except AttributeError as e: print(e)
try: sl.b
except AttributeError as e: print(e)
print(hasattr(sl, "__dict__"), Slotted.__slots__)
T = type("T", (Base,), {"x": 1, "m": lambda self: self.x + 1})
print(T().m(), T.__name__, T.__qualname__, T.__module__, T.__bases__, T.__mro__[1].__name__)
