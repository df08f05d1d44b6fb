# A mix of class features as real scripts use them together.
import sys
class Node:
    __slots__ = ("value", "children")
    def __init__(self, value):
        self.value = value
        self.children = []
    def add(self, *nodes):
        self.children.extend(nodes)
        return self
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __repr__(self):
        return "Node(%r)" % (self.value,)
tree = Node(1).add(Node(2).add(Node(3)), Node(4))
print(list(tree), len(tree), tree, sorted(tree, reverse=True))
class Registry(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls
class Command(metaclass=Registry):
    def run(self, *args):
        raise NotImplementedError(type(self).__name__)
class Echo(Command):
    def run(self, *args):
        return " ".join(args)
class Fail(Command):
    pass
print(sorted(Registry.registry), Registry.registry["echo"]().run("a", "b"))
try:
    Registry.registry["fail"]().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, v == Vec(4, 6), {v: 1}[Vec(4, 6)], v[1], bool(Vec(0, 0)), list(v))
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
t = Temp.from_f(212)
t.c = 50
print(t.c, Temp.valid(-300))
try:
    t.c = -500
except ValueError as e:
    print(type(e).__name__, e)
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__("%s: %s" % (field, msg))
        self.field = field
def validate(d):
    errors = []
    for k in ("name", "age"):
        try:
            if k not in d:
                raise ValidationError(k, "missing")
        except ValidationError as e:
            errors.append(e)
    return errors
errs = validate({"name": "x"})
print([str(e) for e in errs], [e.field for e in errs], isinstance(errs[0], ValueError))
with open("/dev/null") as fh:
    pass
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError
with Ctx():
    raise KeyError("x")
print("done", sys.exc_info()[0])
