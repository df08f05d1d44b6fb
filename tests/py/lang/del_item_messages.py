"""del o[k] refused: CPython 3.11 words it "doesn't support" through the sequence protocol (an index on a container or instance) and "does not support" otherwise."""
import types
class C: pass
class M(type): pass
for o in [C(), (1,), types.MappingProxyType({'a':1}), 'ab', C, 5, frozenset(), None, 2.5]:
    for k in (0, 'a', True):
        try: del o[k]
        except TypeError as e: print(type(o).__name__, repr(k), e)
