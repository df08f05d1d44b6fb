# exec() and eval() with any dict as globals and any mapping as locals; globals() and
# locals() as CPython's.
import sys

print(type(globals()) is dict, isinstance(globals(), dict), globals() is sys.modules[__name__].__dict__)

ns = {}
exec("x = 1\ny = x + 1\ndef get():\n    return x + y", ns)
print([k for k in ns], ns["get"]())
ns["x"] = 10
print(ns["get"]())
exec("counter = 0\ndef bump():\n    global counter\n    counter += 1", ns)
ns["bump"]()
ns["bump"]()
print(ns["counter"], "counter" in ns, len([k for k in ns]))
del ns["x"]
try:
    ns["get"]()
except NameError as e:
    print("NameError:", e)

print(eval("a * 2 + b", {"a": 3}, {"b": 4}))
print(eval(" \t1 + 1"), eval(b"2 * 3"), eval(compile("4 + 5", "<s>", "eval")))

g = {"base": 100}
loc = {}
exec("z = base + 1\nw = z * 2", g, loc)
print(loc, [k for k in g if k != "__builtins__"])


class Mapping:
    def __init__(self):
        self.data = {"seed": 5}

    def keys(self):
        return list(self.data)

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v


m = Mapping()
exec("grown = seed * 3\nseed = 0", {}, m)
print(m.data)


class Sub(dict):
    pass


s = Sub(v=7)
exec("u = v + 1", s)
print(s["u"], type(s).__name__)

print(type(globals()["__builtins__"]).__name__ in ("module", "dict"))
d = {}
exec("pass", d)
print(list(d), type(d["__builtins__"]).__name__)

for bad in ["exec(1)", "eval(1)", "exec('x', [])", "eval('x', [])", "eval('x', 5)",
            "exec('x', {}, 3)", "eval('x', {}, 3)", "eval('x', None, 3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


def make_closure():
    v = 1

    def h():
        return v
    return h


try:
    exec(make_closure().__code__)
except TypeError as e:
    print("TypeError:", e)
try:
    eval(make_closure().__code__)
except TypeError as e:
    print("TypeError:", e)
exec(make_closure().__code__, {}, closure=make_closure().__closure__)


def function_scope(a):
    b = a * 2
    print(sorted(locals().items()))
    print(eval("a + b"))
    exec("c = a + b")
    print(globals() is sys.modules[__name__].__dict__)


function_scope(4)


class Body:
    exec("made = 42")
    names = sorted(k for k in locals() if not k.startswith("__"))


print(Body.made, Body.names)
