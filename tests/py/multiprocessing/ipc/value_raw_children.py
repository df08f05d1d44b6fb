# Values without a lock (lock=False, RawValue) and a char Array are shared with children.
import multiprocessing

def work(v, r, s):
    v.value += 10
    r.value = 2.5
    s.value = b"abc"
    s[5] = b"z"

if __name__ == "__main__":
    v = multiprocessing.Value("h", 5, lock=False)
    r = multiprocessing.RawValue("d")
    s = multiprocessing.Array("c", 6)
    p = multiprocessing.Process(target=work, args=(v, r, s))
    p.start()
    p.join()
    print(v, r.value, s.value, s.raw, p.exitcode)
