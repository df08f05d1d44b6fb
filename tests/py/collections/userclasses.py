# collections.UserDict, UserList and UserString: wrappers around a dict, list and str that
# subclasses customise by overriding single methods.
import collections
import copy
import pickle
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


# UserDict
d = UserDict({"a": 1}, b=2)
print(d, len(d), "a" in d, "z" in d, list(d), d.data)
d["c"] = 3
del d["a"]
print(d, d.get("zz", "dflt"), d.setdefault("e", 5), d)
show("missing", lambda: d["nope"])
print(isinstance(d, MutableMapping), isinstance(d, dict))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


dd = Defaulting(x=1)
print(dd["x"], dd["ab"], dd.get("ab"), "ab" in dd)
show("or", lambda: d | {"z": 26})
show("ror", lambda: {"z": 26} | d)
show("or bad", lambda: d | 3)
e = UserDict(a=1)
e |= {"b": 2}
print(e, type(e).__name__)
show("copy", lambda: d.copy())
show("subcopy", lambda: Defaulting(k=1).copy())
c2 = copy.copy(dd)
c2["new"] = 1
print(dd, c2, type(c2).__name__)
show("fromkeys", lambda: Defaulting.fromkeys("ab", 0))
print(UserDict(d) == d, d == {"b": 2, "c": 3, "e": 5}, d.pop("b"), d.popitem(), d)
d.update([("q", 1)], r=2)
print(sorted(d.items()), sorted(d.keys()), sorted(d.values()))
print(pickle.loads(pickle.dumps(UserDict(a=[1]))))
show("init self kw", lambda: UserDict(self=1, dict=2))

# UserList
ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[-1], 2 in ul)
show("slice", lambda: ul[1:])
ul.append(5)
ul.extend(UserList([7]))
ul.extend((8,))
ul.insert(0, 0)
print(ul, ul.pop(), ul.pop(0), ul)
ul.sort()
print(ul)
ul.sort(key=lambda v: -v)
print(ul, ul.index(3), ul.count(3))
ul.reverse()
print(ul)
ul.remove(7)
print(ul)
show("add list", lambda: ul + [9])
show("add tuple", lambda: ul + (9,))
show("add UL", lambda: ul + UserList([9]))
show("radd", lambda: [0] + ul)
show("radd tuple", lambda: (0,) + ul)
show("mul", lambda: ul * 2)
show("rmul", lambda: 2 * ul)
u2 = UserList([1])
u2 += [2]
u2 += (3,)
u2 += UserList([4])
u2 *= 2
print(u2)
print(ul == [1, 2, 3, 5], ul < [9], ul > UserList([0]), ul <= ul, ul >= [1, 2, 3, 6])
show("copy", lambda: ul.copy())
show("ccopy", lambda: copy.copy(ul))
show("bad index", lambda: ul[10])
show("remove missing", lambda: ul.remove(42))
del ul[0]
ul[0] = "x"
print(ul, isinstance(ul, MutableSequence), isinstance(ul, list))
show("hash", lambda: hash(ul))
show("from UL", lambda: UserList(UserList("ab")))
show("from gen", lambda: UserList(i * i for i in range(3)))
ul.clear()
print(ul, bool(ul), bool(UserList([0])))
print(pickle.loads(pickle.dumps(UserList([1, (2,)]))))


class Stack(UserList):
    def push(self, v):
        self.append(v)


s = Stack()
s.push(1)
s.push(2)
show("stack slice", lambda: s[:1])
show("stack add", lambda: s + [3])

# UserString
us = UserString("Hello World")
print(us, repr(us), len(us), us[0], us[-5:], "World" in us, UserString("lo") in us)
for name in ["upper", "lower", "title", "swapcase", "capitalize", "casefold", "strip",
             "isalpha", "isupper", "istitle", "isascii", "isspace", "isdigit", "isidentifier"]:
    show(name, getattr(us, name))
show("split", lambda: us.split())
show("rsplit", lambda: us.rsplit("o", 1))
show("partition", lambda: us.partition(" "))
show("rpartition", lambda: us.rpartition("o"))
show("replace", lambda: us.replace(UserString("o"), "0"))
show("replace n", lambda: us.replace("o", "0", 1))
show("find", lambda: us.find("o"))
show("rfind", lambda: us.rfind(UserString("o")))
show("index miss", lambda: us.index("z"))
show("count", lambda: us.count("l"))
show("center", lambda: us.center(15, "*"))
show("ljust", lambda: us.ljust(13))
show("rjust", lambda: us.rjust(13, "."))
show("zfill", lambda: UserString("42").zfill(5))
show("encode", lambda: us.encode())
show("encode None", lambda: us.encode(None, None))
show("join", lambda: UserString("-").join("abc"))
show("format", lambda: UserString("{}+{}").format(1, 2))
show("format_map", lambda: UserString("{a}").format_map({"a": 1}))
show("mod", lambda: UserString("%d!") % 5)
show("rmod", lambda: "<%s>" % UserString("x"))
show("add", lambda: us + "!")
show("add int", lambda: us + 1)
show("radd", lambda: ">" + us)
show("mul", lambda: UserString("ab") * 3)
show("rmul", lambda: 2 * UserString("ab"))
show("startswith", lambda: us.startswith(("He", "x")))
show("endswith", lambda: us.endswith("ld"))
show("removeprefix", lambda: us.removeprefix("Hello "))
show("removesuffix", lambda: us.removesuffix(UserString("World")))
show("expandtabs", lambda: UserString("a\tb").expandtabs(4))
show("splitlines", lambda: UserString("a\nb\r\n").splitlines(True))
show("translate", lambda: us.translate(UserString.maketrans("lo", "01")))
show("int", lambda: int(UserString("12")))
show("float", lambda: float(UserString("1.5")))
show("complex", lambda: complex(UserString("1+2j")))
print(us == "Hello World", us < "Z", us > UserString("A"), us != us.lower(),
      hash(us) == hash("Hello World"), isinstance(us, Sequence), isinstance(us, str))
print(sorted([UserString("b"), UserString("a")]), {UserString("k"): 1}[UserString("k")])
print(UserString(12), UserString(UserString("u")), pickle.loads(pickle.dumps(UserString("pk"))))
print(copy.copy(us), copy.deepcopy(UserList([[1]])))
print([n for n in ("UserDict", "UserList", "UserString") if n in collections.__all__])
