# Value, Array, RawValue and RawArray within a process: ctypes conversions (wrapping
# integers), reprs, indexing and slicing, and their errors.
import multiprocessing as mp
v=mp.Value('i',5); print(v, v.value, v.get_lock(), v.get_obj())
v.value=2**31; print(v.value)
try: v.value=1.5
except Exception as e: print(type(e).__name__, e)
try: v.value='x'
except Exception as e: print(type(e).__name__, e)
d=mp.Value('d'); print(d, d.value); d.value=3; print(d.value)
c=mp.Value('c', b'a'); print(c, c.value)
r=mp.RawValue('l', 7); print(r, r.value)
n=mp.Value('i', 3, lock=False); print(n)
a=mp.Array('i', 3); print(a[:], len(a), a[0]); a[1]=5; a[0:2]=[7,8]; print(a[:], list(a), a[-1])
b=mp.Array('d', [1,2.5]); print(b[:], b.get_lock())
s=mp.Array('c', b'hi\x00x'); print(s.value, s.raw, s[:])
try: a[5]
except Exception as e: print(type(e).__name__, e)
try: a[0:2]=[1]
except Exception as e: print(type(e).__name__, e)
with v: print('locked')
v.acquire(); v.release()
print(mp.Value('b', 300).value, mp.Value('B', -1).value, mp.Value('f', 0.1).value, mp.Value('q', -1).value, mp.Value('Q', -1).value)
print(mp.Value('h', 40000).value, mp.Value('H', -2).value, mp.Value('I', -1).value, mp.Value('L', 2**64+5).value)
ra = mp.RawArray('h', [1, -2, 3]); print(ra[:], len(ra), sum(ra))
l = mp.Lock(); w = mp.Value('i', 1, lock=l); print(w.get_lock() is l)
