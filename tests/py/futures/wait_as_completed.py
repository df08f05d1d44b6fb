# wait() with its three conditions and as_completed(), on futures completed by hand so
# that the order of events is fixed.
import concurrent.futures as cf
from concurrent.futures import Future, wait, as_completed
import threading


def named(n):
    f = Future()
    f.name = n
    return f


def names(fs):
    return sorted(f.name for f in fs)


a, b, c = named('a'), named('b'), named('c')
done, not_done = wait([a, b, c], timeout=0.01)
print(names(done), names(not_done), type(done).__name__)
print(type(wait([a], timeout=0)).__name__, wait([a], timeout=0)._fields)
b.set_result(1)
print(names(wait([a, b, c], return_when=cf.FIRST_COMPLETED).done))
print(names(wait([a, b, c], timeout=0.01, return_when=cf.FIRST_EXCEPTION).done))
c.set_exception(ValueError())
r = wait([a, b, c], return_when=cf.FIRST_EXCEPTION)
print(names(r.done), names(r.not_done))
a.cancel()
print(names(wait([a, b, c], timeout=0.01).not_done))
a.set_running_or_notify_cancel()
print(names(wait([a, b, c]).done))
try:
    wait([named('x')], return_when='SOMETIMES')
except ValueError as e:
    print("ValueError:", e)
print(wait([b, b, b]).done == {b})

# A waiter in another thread is woken by the completion it waits for.
for mode in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
    x, y = named('x'), named('y')
    out = []
    t = threading.Thread(target=lambda: out.append(wait([x, y], timeout=60, return_when=mode)))
    t.start()
    x.set_exception(KeyError())
    if mode == cf.ALL_COMPLETED:
        y.set_result(2)
    t.join()
    print(mode, names(out[0].done), names(out[0].not_done))

# as_completed: finished ones first, then in the order they complete.
p, q, r = named('p'), named('q'), named('r')
p.set_result(0)
it = as_completed([p, q, r, q])
print(next(it).name)
order = []


def finish_in_order():
    for f in (r, q):
        f.set_result(None)


t = threading.Thread(target=finish_in_order)
t.start()
for f in it:
    order.append(f.name)
t.join()
print(order)

s1, s2 = named('s1'), named('s2')
s1.set_result(1)
seen = []
try:
    for f in as_completed([s1, s2], timeout=0.05):
        seen.append(f.name)
except cf.TimeoutError as e:
    print("TimeoutError:", e, seen)
print(list(as_completed([])))
c1 = named('c1')
c1.cancel()
c1.set_running_or_notify_cancel()
print([f.name for f in as_completed([c1])])

# Futures of a real executor.
with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(fs, timeout=60)))
    done, not_done = wait(fs)
    print(len(done), len(not_done))
