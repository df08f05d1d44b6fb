# The class docstring made from the signature of __init__ (generated or the class's own).
from dataclasses import dataclass, field
@dataclass(init=False)
class A:
    a: int = 1
@dataclass
class B:
    a: int = 1
    def __init__(self, q, *r, k=3): pass
@dataclass(init=False)
class C(B):
    b: str = 'x'
@dataclass
class D:
    a: 'list[int]' = field(default_factory=list)
    b: dict[str, int] = None
    c: object = None
print(repr(A.__doc__), repr(B.__doc__), repr(C.__doc__), repr(D.__doc__))
@dataclass
class E:
    def __init__(self, a, /, b: int, c=2, *args: str, d, e: float = 1.0, **kw) -> int: pass
@dataclass
class F:
    def __init__(self, a, /): pass
print(E.__doc__, F.__doc__)
