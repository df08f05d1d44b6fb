# The class methods of builtin types (dict.fromkeys, int.from_bytes, float/bytes/bytearray.fromhex):
# bound to the class they are fetched through, so subclasses get instances of their own;
# their reprs, names, __self__, text signatures, pickling and argument errors as CPython's.
import pickle, inspect, copy
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, (v or 0) * 2)
class I(int): pass
class F(float): pass
class B(bytes): pass
class BA(bytearray): pass
print(type(D.fromkeys('ab', 1)), D.fromkeys('ab', 1), type(D().fromkeys('a')), dict.fromkeys('ab'), {}.fromkeys('x', 0))
print(type(I.from_bytes(b'\x01', 'big')), int.from_bytes(b'\x01\x00', 'little'), (5).from_bytes(b'\x02', 'big'))
print(type(F.fromhex('0x1p1')), float.fromhex('0x1p1'), type(B.fromhex('00ff')), B.fromhex('00ff'), type(BA.fromhex('01')), bytearray.fromhex('0102'))
for m in (dict.fromkeys, {}.fromkeys, int.from_bytes, float.fromhex, bytes.fromhex, bytearray.fromhex, D.fromkeys):
    print(type(m).__name__, m.__self__, m.__qualname__, m.__name__, repr(m).split(' at ')[0], m.__text_signature__)
print(pickle.loads(pickle.dumps(dict.fromkeys))('ab'), pickle.loads(pickle.dumps(int.from_bytes)) is not None)
print(inspect.signature(dict.fromkeys), inspect.signature(int.from_bytes))
print(type(dict.__dict__['fromkeys']).__name__)
for bad in (lambda: dict.fromkeys(), lambda: dict.fromkeys(iterable='a'), lambda: float.fromhex(x='1'), lambda: int.from_bytes(), lambda: bytes.fromhex(1)):
    try: bad()
    except TypeError as e: print(e)
import collections
print(collections.OrderedDict.fromkeys('ab'), collections.Counter('aab'), collections.defaultdict.fromkeys('a'))
import enum
class E(enum.IntEnum):
    A = 1
print(E.from_bytes(b'\x01', 'big'))
