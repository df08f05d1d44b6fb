# A str (int) subclass that keeps the builtin's hash (__hash__ = str.__hash__) beside its own
# __eq__ finds the builtin's keys in dicts and sets; str.__hash__ is the str hash.
class S(str):
    __hash__ = str.__hash__
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)
d = {S("Key"): 1}
print(S("Key") in d, "Key" in d, S("KEY") in d, d.get("Key"), hash(S("Key")) == hash("Key"))
d2 = {"abc": 2}
print(S("abc") in d2, d2[S("abc")])
class T(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(T("x") in {"x": 1}, T("x") in {"y": 1}, T("x") in {"x"}, {T("x"): 1}["x"])
class U(str):
    pass
print(U("a") in {"a": 1}, {U("a"): 1}["a"], hash(U("a")) == hash("a"))
class V(str):
    def __eq__(self, o): return False
print(V.__hash__)
class W(int):
    __hash__ = int.__hash__
    def __eq__(self, o): return int(self) == o
print(W(3) in {3: 1}, {W(3): 1}[3])
print(str.__hash__("abc") == hash("abc"), int.__hash__(5), (1, 2).__hash__() == hash((1, 2)), frozenset([1]).__hash__() == hash(frozenset([1])), True.__hash__())
