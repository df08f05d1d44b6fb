# The operator methods of builtin types are in their dictionaries and callable through the
# type (int.__add__, str.__len__, list.__getitem__ ...), including on subclass instances.
import functools
print(int.__add__(1, 2), int.__add__(1, 2.5), (5).__sub__(2), (2).__rsub__(10), int.__mul__(3, 4), (7).__floordiv__(2))
print(float.__truediv__(1.0, 4), (2.0).__neg__(), int.__lt__(1, 2), int.__ge__(1, 2), int.__pow__(3, 2), int.__pow__(3, 2, 5))
print(str.__add__("a", "b"), str.__len__("abc"), str.__getitem__("abc", 1), str.__contains__("abc", "b"), "ab".__mul__(2), str.__mod__("%d", 5))
print(list(str.__iter__("xy")), "x".__lt__("y"), bytes.__len__(b"ab"), bytes.__getitem__(b"ab", 0))
print(list.__getitem__([1, 2], 0), list.__len__([1]), [1].__add__([2]), list.__contains__([1], 1))
l = [1, 2, 3]
list.__setitem__(l, 0, 9); list.__delitem__(l, 1); print(l, list(list.__reversed__(l)))
print(tuple.__getitem__((1, 2), -1), (1,).__mul__(2), tuple.__len__(()))
d = {"a": 1}
dict.__setitem__(d, "b", 2); print(d, dict.__getitem__(d, "a"), dict.__len__(d), dict.__contains__(d, "b"), list(dict.__iter__(d)))
dict.__delitem__(d, "a"); print(d, d.__or__({"c": 3}))
print(set.__contains__({1}, 1), set.__len__({1, 2}), set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}))
print(range.__len__(range(5)), range(5).__getitem__(2), range.__contains__(range(3), 2))
print(functools.reduce(int.__add__, [1, 2, 3]), sorted(["ccc", "a", "bb"], key=str.__len__), list(map(str.__len__, ["x", "yy"])))
print(int.__add__(1, "a"), float.__lt__(1.0, "a"), int.__bool__(0), int.__neg__(5), True.__add__(True), (2**70).__add__(1))
class MyInt(int):
    pass
class MyList(list):
    def __getitem__(self, i):
        return "mine" + str(list.__getitem__(self, i))
print(MyInt(3) + MyInt(4), int.__add__(MyInt(3), MyInt(4)), MyList([5, 6])[1], len(MyList([1])), list(MyList([7])))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
print(sorted(k for k in dir(int) if k in ("__add__", "__radd__", "__neg__", "__bool__", "__iadd__")))
print(sorted(k for k in dir(str) if k in ("__len__", "__iter__", "__getitem__", "__bool__", "__radd__")))
print(NotImplemented, repr(NotImplemented), [NotImplemented], str(NotImplemented), f"{NotImplemented}")
for e in ['str.upper(1)', 'str.upper("a")', 'str.join(",", ["a", "b"])', 'dict.get({1: 2}, 1)', 'list.append([], 1)', 'str.upper()', 'dict.keys(1)', 'set.add(set(), 1)', 'bytes.hex(b"a")', 'str.__len__(1)', 'int.bit_length(5)', 'int.bit_length("a")']:
    try: print(e, repr(eval(e)))
    except TypeError as x: print(e, "TypeError", x)
for e in ["str.upper()", "int.__add__()", "dict.keys()", "list.append()"]:
    try: eval(e)
    except TypeError as x: print(e, x)
