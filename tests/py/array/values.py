# Every typecode: item sizes, the C range checks and their messages, initializers, the
# sequence methods and their errors, comparisons, bytes and pickles (protocols 0-3 byte for
# byte as CPython's).
import array, pickle
from array import array as A
print(array.typecodes, A.__module__, A.__name__, array.ArrayType is A)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.itemsize, repr(a))
    for v in (2**64, -2**64, 2**63, -2**63-1, 2**32, -2**31-1, 2**31, 2**16, -2**15-1, 2**15, 256, -129, 128, -1, 1.5, 'x', None):
        try:
            a.append(v)
        except Exception as e:
            print('  ', tc, repr(v), type(e).__name__, e)
    print('  ', repr(a))
for bad in ['x', 'bb', 1, '', None]:
    try: A(bad)
    except Exception as e: print(repr(bad), type(e).__name__, e)
for init in ["abc", b"ab", [1,2], (3,), A("i",[1,2]), A("d",[1.5]), range(3)]:
    for tc in 'bud':
        try: print(tc, repr(init), repr(A(tc, init)))
        except Exception as e: print(tc, repr(init), type(e).__name__, e)
a = A('i', [1,2,3,2])
print(a.count(2), a.index(2), a.index(2, 2), a.tolist(), a.tobytes(), a.buffer_info()[1])
try: a.index(9)
except Exception as e: print(type(e).__name__, e)
try: a.remove(9)
except Exception as e: print(type(e).__name__, e)
try: a[1:2] = [5]
except Exception as e: print(type(e).__name__, e)
try: a[1:2] = A('d', [5])
except Exception as e: print(type(e).__name__, e)
try: a + A('d')
except Exception as e: print(type(e).__name__, e)
try: a + [1]
except Exception as e: print(type(e).__name__, e)
try: a[10]
except Exception as e: print(type(e).__name__, e)
try: a[10] = 1
except Exception as e: print(type(e).__name__, e)
try: A('i').pop()
except Exception as e: print(type(e).__name__, e)
try: a.frombytes(b'abc')
except Exception as e: print(type(e).__name__, e)
try: a.fromunicode('x')
except Exception as e: print(type(e).__name__, e)
try: a.tounicode()
except Exception as e: print(type(e).__name__, e)
try: a.fromlist((1,))
except Exception as e: print(type(e).__name__, e)
try: a.fromlist([1, 'x'])
except Exception as e: print(type(e).__name__, e, a)
try: a.extend([1, 'x'])
except Exception as e: print(type(e).__name__, e, a)
try: a.extend(A('b', [1]))
except Exception as e: print(type(e).__name__, e, a)
try: hash(a)
except Exception as e: print(type(e).__name__, e)
for proto in range(3):
    print(proto, pickle.dumps(A('i', [1, -2]), proto))
print(pickle.dumps(A("d", [1.5]), 3), pickle.dumps(A("u", "hi"), 3), pickle.dumps(A('B', b'xy'), 2))
print(A('i',[1,2]) == A('d',[1.0,2.0]), A('i',[1,2]) < A('i',[1,3]), A('b',[1]) == [1], A('u','ab') < A('u','b'))
print(A('h', [1, 258]).tobytes(), end=' ')
b = A('h', [1, 258]); b.byteswap(); print(b, bytes(b), A("b", b"xyz"))
print(a.__reduce_ex__(3)[1:])
