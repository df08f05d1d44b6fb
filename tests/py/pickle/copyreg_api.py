# The copyreg module: its names, pickle()/constructor() checks, the extension registry,
# _slotnames (cached in __slotnames__), _reduce_ex, and the dispatch_table entry of complex
# (which a registration replaces).
import copyreg, pickle
names = ['pickle', 'constructor', 'dispatch_table', '_reconstructor', '__newobj__', '__newobj_ex__', '_slotnames', 'add_extension', 'remove_extension', 'clear_extension_cache', '_extension_registry', '_inverted_registry', '_extension_cache', '_reduce_ex', '__all__', '_HEAPTYPE']
print([n for n in names if not hasattr(copyreg, n)])
print(sorted(copyreg.__all__))
def a(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a(lambda: copyreg.pickle(int, 5))
a(lambda: copyreg.pickle(5, len))
a(lambda: copyreg.constructor(5))
a(lambda: copyreg.add_extension('m', 'n', 0))
a(lambda: copyreg.add_extension('m', 'n', 2**31))
a(lambda: copyreg.add_extension('m', 'n', 5))
a(lambda: copyreg.add_extension('m', 'n', 5))
a(lambda: copyreg.add_extension('m', 'n2', 5))
a(lambda: copyreg.add_extension('m', 'n', 6))
a(lambda: copyreg._extension_registry[('m', 'n')])
a(lambda: copyreg._inverted_registry[5])
a(lambda: copyreg.remove_extension('m', 'n', 6))
a(lambda: copyreg.remove_extension('m', 'n', 5))
a(lambda: copyreg.remove_extension('m', 'n', 5))
class S:
    __slots__ = ('a', '__b', '__dict__', '__weakref__')
class T(S):
    __slots__ = 'c'
a(lambda: copyreg._slotnames(T))
a(lambda: T.__slotnames__)
a(lambda: copyreg._slotnames(int))
class P:
    def __init__(self, x): self.x = x
a(lambda: copyreg.__newobj__(P, 1).__class__.__name__)
a(lambda: copyreg.__newobj_ex__(P, (), {}).__class__.__name__)
a(lambda: copyreg._reduce_ex(P(1), 1)[0].__name__)
a(lambda: copyreg._reduce_ex(P(1), 1)[1:])
a(lambda: copyreg.dispatch_table[complex].__name__)
a(lambda: (copyreg.dispatch_table[complex](1+2j)[0] is complex, copyreg.dispatch_table[complex](1+2j)[1]))
print(pickle.dumps(1+2j, 2))
copyreg.pickle(complex, lambda c: (complex, (c.imag, c.real)))
print(pickle.dumps(1+2j, 2), pickle.loads(pickle.dumps(1+2j, 4)))
a(lambda: type(copyreg.dispatch_table))
