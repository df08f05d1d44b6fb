# Every builtin type has its MRO (dict, set, bytearray ... too), complex is named complex.
for t in (dict, set, frozenset, bytearray, memoryview, property, complex, range, slice,
          type(None), type(len), type({}.keys()), type({}.items()), type(iter({})), enumerate,
          reversed, super, int, bool, str, bytes, list, tuple, object, type):
    print(t.__name__, t.__mro__, issubclass(t, object), isinstance(t, type))
print([k for k in dir(dict) if not k.startswith("_")])
print([k for k in dir(set) if not k.startswith("_")])
print([k for k in dir(frozenset) if not k.startswith("_")])
print(complex(1, 2), type(1j).__name__, repr(complex))
