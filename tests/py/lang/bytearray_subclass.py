# bytearray subclasses: repr, methods, in-place operators, __init__, pickling, ordering;
# bytearray.__reduce_ex__ and comparisons with other bytes-like objects.
class BA(bytearray):
    def tag(self): return "BA:" + self.decode()
b = BA(b"xy")
print(b, repr(b), len(b), b + b"z", type(b + b"z").__name__, b.tag())
b.append(65); b.extend(b"BC"); b += b"!"
print(b, type(b).__name__, b[0], b[1:3], b.upper(), type(b.upper()).__name__, b.find(b"A"))
b[0] = 120; del b[1]
print(b, bytes(b), b == bytearray(b"xABC!"), isinstance(b, bytearray), BA.__mro__)
print(memoryview(b).tobytes(), b.hex(), b.decode(), BA(3), BA("é", "utf-8"), BA([1, 2]))
class BB(bytearray):
    def __init__(self, x, extra):
        super().__init__(x)
        self.extra = extra
bb = BB(b"q", 5)
print(bb, bb.extra)
import pickle, copy
print(pickle.loads(pickle.dumps(b)), copy.copy(b), type(copy.copy(b)).__name__)
print(b.pop(), b.reverse(), b, b.clear(), b, len(b)) if False else None
c = BA(b"xABC!")
print(c.pop(), c.reverse(), c, c.clear(), c, len(c))
print(sorted([BA(b"b"), BA(b"a")]), hash is not None)
try: hash(b)
except TypeError as e: print(e)

print(bytearray(b"a") < bytearray(b"b"), bytearray(b"a") <= b"a", b"b" > bytearray(b"a"), bytearray(b"a") >= memoryview(b"a"))
print(bytearray().__reduce_ex__(4), bytearray().__reduce_ex__(2), bytearray(b"\xff").__reduce_ex__(1))

import pickle, copy
b = bytearray(b"ab")
print(pickle.loads(pickle.dumps(b)), copy.copy(b), copy.deepcopy(b))
for p in range(6): print(p, pickle.dumps(b, p))
class BA2(bytearray): pass
c = BA2(b"q"); c.x = 1
print(c.__reduce_ex__(2), c.__reduce_ex__(4))
print(b.__reduce_ex__(2), b.__reduce__())
