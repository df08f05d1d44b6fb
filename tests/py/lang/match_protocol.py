# The order in which a match statement asks a subject for its length, items, keys and
# attributes, and when captured names are bound.
import collections.abc

log = []


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        log.append("len")
        return len(self.items)

    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return self.items[i]

    def __iter__(self):
        log.append("iter")
        return iter(self.items)


class Map(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __len__(self):
        log.append("len")
        return len(self.d)

    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.d[k]

    def __iter__(self):
        log.append("iter")
        return iter(self.d)

    def get(self, k, default=None):
        log.append(f"get {k}")
        return self.d.get(k, default)

    def keys(self):
        log.append("keys")
        return self.d.keys()


class Obj:
    __match_args__ = ("p", "q")

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        if name in ("p", "q", "r"):
            return name.upper()
        raise AttributeError(name)


def run(label, subject, fn):
    log.clear()
    result = fn(subject)
    print(label, result, log)


def seq_cases(s):
    match s:
        case [1, 2]:
            return "two"
        case [a, *_, b]:
            return ("ends", a, b)


def seq_star(s):
    match s:
        case [a, *rest]:
            return ("rest", a, rest)


def seq_wild(s):
    match s:
        case [_, _, _]:
            return "three wildcards"
        case [*_]:
            return "any"


def map_cases(m):
    match m:
        case {"x": 1}:
            return "x is 1"
        case {"x": x, "y": y, **rest}:
            return ("x y", x, y, rest)
        case {}:
            return "empty pattern"


def obj_cases(o):
    match o:
        case Obj(p="nope"):
            return "no"
        case Obj("P", q=z, r=w):
            return ("obj", z, w)


run("seq", Seq(1, 2), seq_cases)
run("seq", Seq(1, 5, 6, 9), seq_cases)
run("seq", Seq(1), seq_cases)
run("star", Seq(7, 8, 9), seq_star)
run("wild", Seq(1, 2, 3), seq_wild)
run("wild", Seq(1, 2), seq_wild)
run("map", Map(x=1, y=2), map_cases)
run("map", Map(x=2, y=3, z=4), map_cases)
run("map", Map(z=0), map_cases)
run("obj", Obj(), obj_cases)

# names are bound only when the whole pattern matches; a failing guard keeps them
bound = "unset"
match [1, 2]:
    case [bound, 3]:
        pass
print("after failed pattern:", bound)
match [1, 2]:
    case [bound, 2] if bound > 5:
        pass
    case _:
        pass
print("after failed guard:", bound)

# the subject is evaluated once; guards see captures; walrus in guard
def subject():
    print("subject evaluated")
    return (3, 4)


match subject():
    case (a, b) if (total := a + b) > 10:
        print("big")
    case (a, b) if total == 7:
        print("sum is", total)

# strings, bytes and bytearrays are not sequences to match
for s in ["ab", b"ab", bytearray(b"ab"), ("a", "b"), ["a", "b"], range(2), memoryview(b"ab")]:
    match s:
        case [x, y]:
            print(type(s).__name__, "sequence", x, y)
        case _:
            print(type(s).__name__, "not a sequence")

# dicts, OrderedDict, defaultdict, mappingproxy are mappings; dict subclasses too
import types
for m in [{"k": 1}, collections.OrderedDict(k=1), collections.defaultdict(int, k=1),
          types.MappingProxyType({"k": 1}), collections.Counter(k=1)]:
    match m:
        case {"k": v, **rest}:
            print(type(m).__name__, "mapping", v, rest)
        case _:
            print(type(m).__name__, "not a mapping")


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


collections.abc.Sequence.register(Registered)
match Registered():
    case [a, b]:
        print("registered sequence", a, b)
    case _:
        print("registered: no")


# match in a loop with break/continue, nested matches, in a class body
for i, v in enumerate([0, 1, [2, 3], "stop", 9]):
    match v:
        case 0:
            continue
        case [p, q]:
            match p:
                case 2:
                    print("nested", q)
        case "stop":
            break
        case _:
            print("value", v)


class Shape:
    match 3:
        case 3:
            sides = "three"
    __match_args__ = ("sides",)


match Shape():
    case Shape(s):
        print("class body match", s)

# private names are mangled in value patterns
class Priv:
    __secret = 5

    def check(self, v):
        match v:
            case Priv.__secret:
                return "secret"
            case _:
                return "other"


print(Priv().check(5), Priv().check(6))

# a match in a generator and in a nested function
def gen(items):
    for item in items:
        match item:
            case int(n):
                yield n * 2
            case str() as s:
                yield s.upper()


print(list(gen([1, "a", 2.5, 3])))


def outer():
    seen = []

    def inner(v):
        match v:
            case {"a": [x, *ys]}:
                seen.append((x, ys))
    inner({"a": [1, 2, 3]})
    inner({"a": []})
    return seen


print(outer())
