# __getattr__ fallback, __getattribute__, __setattr__ and __delattr__ overrides.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)
class Target:
    x = 1
t = Target()
p = Proxy(t)
print(p.x)
p.y = 5
print(t.y, p.y)
del p.y
print(hasattr(t, "y"), p.log)
class Upper:
    def __getattribute__(self, name):
        if name.startswith("up_"):
            return name[3:] + "!"
        return object.__getattribute__(self, name)
u = Upper()
u.v = 3
print(u.up_hello, u.v)
class Missing:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
try:
    Missing().zz
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Missing(), "zz", "default"))
