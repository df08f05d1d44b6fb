from multiprocessing import Value, Array, RawValue, RawArray, Process, Lock
import multiprocessing as mp
import ctypes
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def work(v, a, b, w):
    with v.get_lock():
        v.value += 1
    for i in range(len(a)): a[i] *= 2
    b.value = True
    w[0] = 'z'
if __name__ == "__main__":
    for c in ['?', 'z', 'u', ctypes.c_bool, ctypes.c_wchar, ctypes.c_longlong, ctypes.c_int8, ctypes.c_double, int]:
        t(lambda: (Value(c), Value(c).value))
    v = Value(ctypes.c_int, 3); a = Array(ctypes.c_double, [1.5, 2.5]); b = Value(ctypes.c_bool, False); w = Array(ctypes.c_wchar, 3)
    print(v, a[:], b, w[:] == '\0\0\0')
    p = Process(target=work, args=(v, a, b, w)); p.start(); p.join()
    print(v.value, a[:], b.value, w[0], w[:2])
    t(lambda: RawValue(ctypes.c_ubyte, 300).value); t(lambda: RawArray(ctypes.c_short, 3)[:])
    t(lambda: Value(ctypes.c_bool, b'').value); t(lambda: Value(ctypes.c_wchar, 'ab'))
    t(lambda: (Value('i', 0), Value(ctypes.c_int32, 7).value))
