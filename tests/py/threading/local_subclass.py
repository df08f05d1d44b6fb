# threading.local subclasses: __init__ runs again in each thread; attributes are per thread.
import threading
class Ctx(threading.local):
    def __init__(self, start):
        self.n = start
        self.inits = getattr(self, "inits", 0) + 1
c = Ctx(10)
c.n += 1
out = []
def w():
    out.append((c.n, c.inits))
    c.n = 99
    out.append(c.n)
t = threading.Thread(target=w); t.start(); t.join()
print(c.n, out, isinstance(c, threading.local), type(c).__name__)
l = threading.local()
l.a = 1
def w2():
    out.append(hasattr(l, "a"))
    l.a = 2
    del l.a
t = threading.Thread(target=w2); t.start(); t.join()
print(l.a, out[-1], l.__dict__)
try:
    threading.local(1)
except TypeError as e:
    print(e)
