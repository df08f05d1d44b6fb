# AttributeError messages as CPython's: builtin objects, modules (name.attr, name.a.attr, a
# local module), classes, instances; getattr/hasattr defaults unaffected.
import os, sys
try: os.nonexistent
except AttributeError as e: print(e)
try: "abc".foo
except AttributeError as e: print(e, e.args)
try: (1).foo
except AttributeError as e: print(e)
try: [].foo
except AttributeError as e: print(e)
try: {}.foo
except AttributeError as e: print(e)
try: bytearray().foo
except AttributeError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
class C: pass
try: C().foo
except AttributeError as e: print(e)
try: C.foo
except AttributeError as e: print(e)
print(getattr(os, "nope", "dflt"), hasattr(sys, "nope"), hasattr(sys, "path"))
def f():
    return (3.5).nope
try: f()
except AttributeError as e: print(e)
print(os.path.join("a", "b"))
try: os.path.nope
except AttributeError as e: print(e)
def g():
    import os as m
    return m.nope2
try: g()
except AttributeError as e: print(e)
try:
    x = sys
    x.nope3
except AttributeError as e: print(e)
try: getattr(os, "dyn")
except AttributeError as e: print(e)
sys.nope
