# Odd sizes and timeouts get CPython's exceptions at once instead of hanging or taking
# quadratic time.
import multiprocessing as mp


def attempt(name, f):
    try:
        print(name, f())
    except BaseException as e:
        print(name, type(e).__name__, e)


attempt("format precision", lambda: format(1.0, ".2147483648f"))
attempt("format precision e", lambda: format(2.5, ".2147483648e"))
attempt("format digits", lambda: format(1.0, ".99999999999999999999f"))
attempt("format complex", lambda: format(1 + 2j, ".2147483648f"))
attempt("str.format", lambda: "{:.2147483648f}".format(1.0))
attempt("printf precision", lambda: "%.2147483648f" % 1.0)
attempt("printf width", lambda: "%99999999999999999999d" % 1)
attempt("printf huge width", lambda: "%999999999999999d" % 1)
attempt("printf str precision", lambda: "%.2147483648s" % "abc")
attempt("small", lambda: (format(1.0, ".3f"), "%5.2f" % 2.0, format("abc", ".2s")))

# A 20,000-term sum nests 20,000 deep: CPython's compiler stops at its recursion limit.
attempt("compile", lambda: compile("+".join(["1"] * 20000), "<sum>", "eval"))
attempt("eval 500", lambda: eval("+".join(["1"] * 500)))

nested = []
for _ in range(40000):
    nested = [nested]
attempt("repr list", lambda: len(repr(nested)))
attempt("str list", lambda: len(str(nested)))
d = {}
for _ in range(40000):
    d = {0: d}
attempt("repr dict", lambda: len(repr(d)))
attempt("repr shallow", lambda: repr([[1, (2,)], {3: [4]}]))

if __name__ == "__main__":
    nan, inf = float("nan"), float("inf")
    q = mp.Queue()
    attempt("Queue.get nan", lambda: q.get(timeout=nan))
    attempt("Queue.get inf", lambda: q.get(timeout=inf))
    q.put(5)
    attempt("Queue.get nan with item", lambda: q.get(timeout=nan))
    attempt("Queue.get", lambda: q.get(timeout=60))
    a, b = mp.Pipe()
    attempt("poll nan", lambda: a.poll(nan))
    attempt("poll inf", lambda: a.poll(inf))
    lock = mp.Lock()
    attempt("free lock nan", lambda: lock.acquire(True, nan))
    attempt("held lock nan", lambda: lock.acquire(True, nan))
    lock.release()
    ev = mp.Event()
    attempt("Event.wait nan", lambda: ev.wait(nan))
    ev.set()
    attempt("set Event.wait nan", lambda: ev.wait(nan))
    cond = mp.Condition()
    with cond:
        attempt("Condition.wait inf", lambda: cond.wait(inf))
    attempt("Barrier.wait nan", lambda: mp.Barrier(2).wait(nan))
    q.close()
    q.join_thread()
    print("done")
