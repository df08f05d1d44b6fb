# __enter__/__exit__ inherited; exceptions reach __exit__ and can be suppressed.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, str(ev) if ev else None)
        return self.suppress
class Quiet(Managed):
    pass
with Quiet("a") as q:
    print("body", q.name)
with Quiet("b", True):
    raise ValueError("swallowed")
print("after b")
try:
    with Quiet("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
