# Issue 16 item 8: results CPython gives.
import multiprocessing
import os
import tempfile
import threading

q = multiprocessing.Queue()
for x in (1, 2, None):
    q.put(x)
print(list(iter(q.get, None)), end="; ")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f")
    with open(path, "a") as f:
        f.write("a\nb\n")
    print([line for line in open(path)], end="; ")
print(repr(object())[:16], map.__name__, type(threading.Lock()).__name__, end="; ")


class S(str):
    __hash__ = str.__hash__

    def __eq__(self, other):
        return str.__eq__(self, other)


print({S("k"): 1}.get("k"), bool(b""), list(filter(None, [b"", b"x"])))
