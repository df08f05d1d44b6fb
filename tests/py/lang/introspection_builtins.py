# callable, id, dir, vars, getattr/setattr/hasattr/delattr on instances.
class Thing:
    kind = "thing"
    def act(self):
        return "acting"
t = Thing()
u = Thing()
print(id(t) == id(t), id(t) != id(u), callable(t.act), callable(Thing), callable(t))
setattr(t, "color", "red")
print(getattr(t, "color"), getattr(t, "kind"), getattr(t, "size", 0), hasattr(t, "color"), hasattr(u, "color"))
print(vars(t))
delattr(t, "color")
print(hasattr(t, "color"), vars(t))
d = dir(t)
print("act" in d, "kind" in d, "__class__" in d, "__init__" in d, d == sorted(d))
print("act" in dir(Thing), "color" in dir(t))
try:
    getattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __dir__(self):
        return ["b", "a"]
print(dir(Custom()))
