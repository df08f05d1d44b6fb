# ThreadPoolExecutor: thread names, map, initializer, BrokenThreadPool, shutdown.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading


def square(x):
    return x * x


def name(_=None):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3], [5, 6, 7])))
    names = set(ex.map(name, range(4)))
    print(all(n.startswith('ThreadPoolExecutor-') for n in names), len(names) <= 2)
    print(set(n.rsplit('_', 1)[1] for n in names) <= {'0', '1'})
    f = ex.submit(square, x=7) if False else ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, k=3)
    print(f.result())

with ThreadPoolExecutor(1, thread_name_prefix='worker') as ex:
    print(ex.submit(name).result())
    print(ex._max_workers)

# The first executor without a prefix is number 0 in this process, the next 1, ...
a = ThreadPoolExecutor(1)
print(a.submit(name).result().split('_')[0][:19])
a.shutdown()
try:
    a.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
a.shutdown()  # twice is fine

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(1, initializer=3)
except TypeError as e:
    print("TypeError:", e)
print(ThreadPoolExecutor()._max_workers >= 5)

# initializer and initargs run once in each worker thread.
seen = []


def init(tag, n):
    seen.append((tag, n, name().startswith('init_')))


with ThreadPoolExecutor(1, thread_name_prefix='init', initializer=init, initargs=('x', 1)) as ex:
    ex.submit(square, 1).result()
    ex.submit(square, 2).result()
print(seen)


# An initializer that fails breaks the pool: queued work gets BrokenThreadPool.
def failing_init():
    raise OSError("no init")


ex = ThreadPoolExecutor(1, initializer=failing_init)
f = ex.submit(square, 3)
try:
    f.result(timeout=30)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
    print(isinstance(e, cf.BrokenExecutor))
try:
    ex.submit(square, 4)
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()

# Exceptions come back as they were raised.
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(int, 'x')
    print(repr(f.exception()))
    try:
        list(ex.map(int, ['1', 'y']))
    except ValueError as e:
        print("map:", e)

# map() with a timeout: the calls that cannot finish in time raise TimeoutError.
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    it = ex.map(lambda x: gate.wait(30) and x, [1, 2], timeout=0.05)
    try:
        print(next(it))
    except TimeoutError:
        print("map timed out")
    gate.set()

# shutdown(cancel_futures=True) cancels what has not started.
started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait(30)
    return 'ran'


ex = ThreadPoolExecutor(1)
first = ex.submit(blocker)
rest = [ex.submit(square, i) for i in range(3)]
started.wait(30)
threading.Timer(0.05, release.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

# shutdown(wait=False) returns at once; the work still completes.
release.clear()
ex = ThreadPoolExecutor(1)
f = ex.submit(blocker)
ex.shutdown(wait=False)
print(f.done())
release.set()
print(f.result(timeout=30))
