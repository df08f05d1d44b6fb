# The descriptive attributes of sys (float_info, int_info, hash_info, stdlib_module_names...),
# getsizeof as CPython 3.11 reports builtin values, audit hooks and the settings without effect.
import sys
for o in [0, 1, 2**30, 2**60, 2**100, -1, True, False, None, 1.5, '', 'a', 'abc', 'é', 'ab€', '😀', b'', b'ab', bytearray(b'ab'), bytearray(), (), (1,2), [], {}, {1:2}, {'a':1}, {str(i): i for i in range(6)}, {i: i for i in range(100)}, set(), {1}, set(range(5)), set(range(100)), set(range(1000)), set(range(100000)), frozenset(), range(3), 1j, slice(1), ...]:
    print(repr(o)[:10], sys.getsizeof(o))
class C: pass
class D:
    __slots__=('a',)
class E:
    def __sizeof__(self): return 100
print(sys.getsizeof(C()), sys.getsizeof(D()), sys.getsizeof(E()))
l=[]
for i in range(20): l.append(i); print(sys.getsizeof(l), end=' ')
print()
class F:
    def __sizeof__(self): return -1
class G:
    def __sizeof__(self): return "x"
for cls in (F, G):
    try: sys.getsizeof(cls())
    except Exception as e: print(type(e).__name__, e)
try: sys.getsizeof()
except TypeError as e: print(e)
print(sys.getsizeof(1, 5), sys.__breakpointhook__ is sys.breakpointhook)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: str(10**800)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**8000)))
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info[0], sys.maxunicode, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.algorithm, 'os' in sys.stdlib_module_names, 'sys' in sys.builtin_module_names)
events = []
sys.addaudithook(lambda e, a: events.append((e, a)))
sys.audit("my.event", 1, "x"); print(events)
sys.set_coroutine_origin_tracking_depth(3); print(sys.get_coroutine_origin_tracking_depth())
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
print(sys.getdlopenflags(), sys.is_finalizing(), sys.pycache_prefix, type(sys.meta_path), type(sys.orig_argv))
