# concurrent.futures.Future on its own: states, reprs, results, callbacks and errors.
import concurrent.futures as cf
from concurrent.futures import Future
import threading


def masked(text):
    # Addresses change from run to run.
    out = []
    for word in text.split(' '):
        out.append('ADDR' if word.startswith('0x') else word)
    return ' '.join(out)


def show(f):
    print(masked(repr(f)))


f = Future()
show(f)
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel())
show(f)
print(f.running(), f.cancel(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, repr(e))
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception() timed out")
f.set_result([1, 2])
show(f)
print(f.result(), f.exception(), f.done(), f.running())
for setter, value in ((f.set_result, 3), (f.set_exception, ValueError())):
    try:
        setter(value)
    except cf.InvalidStateError as e:
        print(type(e).__name__, masked(str(e)))
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)

g = Future()
g.set_exception(KeyError('k'))
show(g)
print(repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("raised", repr(e), e is g.exception())

# Cancelling: a pending future can be, a running or finished one cannot.
h = Future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done())
show(h)
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
print(h.set_running_or_notify_cancel(), h._state)
show(h)
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print(masked(str(e)))

# Callbacks run in the order added, at once when the future is done already; one that
# raises is logged and the others still run.
k = Future()
k.add_done_callback(lambda fut: print("cb1", fut.result()))


def bad(fut):
    raise RuntimeError("callback failed")


k.add_done_callback(bad)
k.add_done_callback(lambda fut: print("cb3", fut.done()))
k.set_result('v')
k.add_done_callback(lambda fut: print("late", fut.result()))
c = Future()
c.add_done_callback(lambda fut: print("on cancel", fut.cancelled()))
c.cancel()

# A result that another thread sets wakes result().
w = Future()
started = threading.Event()


def setter():
    started.wait()
    w.set_result(42)


t = threading.Thread(target=setter)
t.start()
started.set()
print(w.result(timeout=30))
t.join()

# The exception hierarchy.
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf._base.Error, Exception))
print(issubclass(cf.InvalidStateError, cf._base.Error), cf.TimeoutError is TimeoutError)
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.Future[int], type(cf.Future[int]).__name__)
print(sorted(cf.__all__))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
ex = cf.Executor()
try:
    ex.submit(print)
except NotImplementedError:
    print("Executor.submit is abstract")
with ex as e2:
    print(e2 is ex)
