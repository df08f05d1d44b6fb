from __future__ import annotations
import dataclasses, pickle, weakref
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, replace, asdict
from typing import ClassVar
import typing

@dataclass
class Base:
    x: int
    count: ClassVar[int] = 0
    tag: typing.ClassVar[str] = 't'
    _: KW_ONLY
    label: str = 'b'
    def total(self): return self.x

@dataclass
class Derived(Base):
    y: int = 5
    scale: InitVar[int] = 2
    z: int = field(init=False)
    def __post_init__(self, scale):
        self.z = self.y * scale
d = Derived(1, 3, scale=10, label='q')
print(d, d.z, [f.name for f in fields(d)], Derived.__match_args__, Derived.__doc__)
print(Derived.__init__.__annotations__)
print(Derived.count, Base.tag, 'count' in Derived.__dataclass_fields__, Derived.__dataclass_fields__['scale']._field_type)
print(replace(d, y=1, scale=3))
try: replace(d, z=3)
except ValueError as e: print(e)
try: replace(d)
except ValueError as e: print(e)
try: Derived(1, 2, 3)
except TypeError as e: print(e)
try: Derived(1, nope=3)
except TypeError as e: print(e)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
    c: int = field(kw_only=False, default=3)
print(K(a=1), K.__doc__, K.__match_args__)
try: K(1)
except TypeError as e: print(e)

@dataclass(slots=True, weakref_slot=True)
class S:
    a: int
    b: str = 'x'
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), weakref.ref(s)() is s)
try: s.c = 1
except AttributeError as e: print('AttributeError')

@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: tuple = ()
fs = FS(1, (2,))
print(pickle.loads(pickle.dumps(fs)), hash(fs) == hash(FS(1, (2,))))

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(1)) == hash(UH(1, [2])), UH.__hash__.__qualname__)

@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is not None)

@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(self=4))

def make():
    @dataclass
    class Local:
        v: int
    return Local
L = make()
print(L.__init__.__qualname__, L(3))
try: L()
except TypeError as e: print(e)

class Outer:
    @dataclass(order=True)
    class Inner:
        v: int
print(Outer.Inner(1) < Outer.Inner(2), Outer.Inner(1))
try: Outer.Inner(1) < 3
except TypeError as e: print(e)
print(Outer.Inner(1).__eq__(3))

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: dict = field(default_factory=dict, metadata={'unit': 'eur'})
it = Item('a', 1.5, {'k': [1, 2]})
print(pickle.loads(pickle.dumps(it)) == it, fields(Item)[2].metadata, fields(Item)[2].metadata['unit'])
print(asdict(it, dict_factory=lambda kv: sorted(kv)))
print(dataclasses.astuple(it, tuple_factory=list))
for bad in [lambda: field(default=1, default_factory=list), lambda: dataclasses.fields(3),
            lambda: asdict(3), lambda: dataclasses.make_dataclass('X', ['a', 'a']),
            lambda: dataclasses.make_dataclass('X', ['class']),
            lambda: dataclasses.make_dataclass('X', [('a', int, 3, 4)]),
            lambda: dataclasses.make_dataclass('X', ['1a'])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    @dataclass
    class T1:
        a: int
        b = field()
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class T2: pass
except ValueError as e: print(e)
try:
    @dataclass(order=True)
    class T3:
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(unsafe_hash=True)
    class T4:
        def __hash__(self): return 1
except TypeError as e: print(e)
try:
    @dataclass
    class T5:
        _: KW_ONLY
        __: KW_ONLY
except TypeError as e: print(e)
try:
    @dataclass
    class T6:
        a: ClassVar[int] = field(default_factory=list)
except TypeError as e: print(e)
try:
    @dataclass(weakref_slot=True)
    class T7: pass
except TypeError as e: print(e)
try:
    @dataclass(slots=True)
    class T8:
        __slots__ = ('a',)
except TypeError as e: print(e)
print(dataclasses.InitVar[int], InitVar[typing.List[int]], repr(dataclasses._HAS_DEFAULT_FACTORY))
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)
@dataclass
class Doc:
    """Has docs."""
    a: int = 1
print(Doc.__doc__, Doc())
@dataclass(repr=False, init=False)
class NoInit:
    a: int = 4
print(NoInit().a, NoInit.__doc__[:6])
@dataclass
class Descr:
    a: int = field(default=1, repr=False, compare=False)
print(Descr(2) == Descr(3), Descr(), repr(dataclasses.fields(Descr)[0]).split("default_factory")[0])
