# __getnewargs_ex__: NEWOBJ_EX at protocol 4 and above. The keyword name 'a' and the
# attribute name 'a' are one interned string in CPython (one memo entry).
import pickle


class KwOnly:
    def __new__(cls, *, a):
        obj = object.__new__(cls)
        obj.a = a
        return obj

    def __getnewargs_ex__(self):
        return ((), {'a': self.a})


result = []
for proto in (4, 5):
    data = pickle.dumps(KwOnly(a=5), proto)
    result.append((data, pickle.loads(data).a))
