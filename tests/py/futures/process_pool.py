# ProcessPoolExecutor: submit, map (chunksize, timeout, several iterables), initializer,
# worker exceptions with their traceback as __cause__, shutdown, contexts.
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
import os
import time


def square(x):
    return x * x


def add(a, b=0, *, c=0):
    return a + b + c


def fail(x):
    raise ValueError("bad value %r" % (x,))


def who(_=None):
    return multiprocessing.current_process().name.split('-')[0]


def init(*args):
    global INIT
    INIT = args


def get_init(_):
    return INIT


def slow(x):
    time.sleep(x)
    return x


def wait_gate(block):
    if block:
        INIT[0].wait()
    return block


def pid(_):
    return os.getpid()


class Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot send this")


def give_unpicklable():
    return Unpicklable()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(square, 12).result())
        print(ex.submit(add, 1, b=2, c=3).result())
        print(list(ex.map(square, range(10))))
        print(list(ex.map(square, range(10), chunksize=4)))
        print(list(ex.map(add, [1, 2, 3], [10, 20])))
        print(list(ex.map(square, [])))
        print(set(ex.map(who, range(4))) <= {'ForkProcess'})
        f = ex.submit(fail, 3)
        e = f.exception()
        print(repr(e), type(e.__cause__).__name__, type(e.__cause__).__module__)
        tb = str(e.__cause__).strip().splitlines()
        print(tb[0], tb[1], tb[-2])
        print(e.__cause__.tb == str(e.__cause__))
        try:
            list(ex.map(fail, [1, 2], chunksize=2))
        except ValueError as err:
            print("map raised", err)
        f = ex.submit(give_unpicklable)
        err = f.exception()
        print(type(err).__name__, type(err.__cause__).__name__)
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as err:
            print("ValueError:", err)
        print(ex._max_workers, len(ex._processes))

    try:
        ex.submit(square, 2)
    except RuntimeError as err:
        print("RuntimeError:", err)

    for bad in (0, -3):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as err:
            print("ValueError:", err)
    try:
        ProcessPoolExecutor(1, initializer='x')
    except TypeError as err:
        print("TypeError:", err)
    for bad in ('2', 0):
        try:
            ProcessPoolExecutor(1, max_tasks_per_child=bad)
        except (TypeError, ValueError) as err:
            print(type(err).__name__ + ":", err)
    try:
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('fork'), max_tasks_per_child=1)
    except ValueError as err:
        print("ValueError:", err)
    print(ProcessPoolExecutor()._max_workers == os.cpu_count())

    with ProcessPoolExecutor(2, initializer=init, initargs=('a', 1)) as ex:
        print(list(ex.map(get_init, range(3))))

    # The 'spawn' context starts workers as work comes; max_tasks_per_child replaces them.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn')) as ex:
        print(sorted(ex.map(square, range(5))), set(ex.map(who, range(3))))
    # (CPython 3.11 hangs when max_tasks_per_child > 1 leaves an idle token behind; gopy
    # starts the replacement anyway: see process.py. Here each worker does one task.)
    with ProcessPoolExecutor(2, max_tasks_per_child=1) as ex:
        pids = list(ex.map(pid, range(5)))
        print(ex._mp_context.get_start_method(), len(set(pids)))

    # A timeout in map() concerns the whole iteration: the second call waits for an event
    # set only once the TimeoutError is seen.
    gate = multiprocessing.Event()
    with ProcessPoolExecutor(1, initializer=init, initargs=(gate,)) as ex:
        ex.submit(square, 0).result()
        it = ex.map(wait_gate, [False, True], timeout=2)
        print(next(it))
        try:
            next(it)
        except cf.TimeoutError:
            print("map timed out")
        gate.set()

    # shutdown(cancel_futures=True): the work not yet sent to a worker is cancelled.
    ex = ProcessPoolExecutor(1)
    first = ex.submit(slow, 0.5)
    rest = [ex.submit(square, i) for i in range(20)]
    ex.shutdown(wait=True, cancel_futures=True)
    print(first.result(), any(f.cancelled() for f in rest), all(f.done() for f in rest))

    # The pool keeps working after a worker's exception, and shutdown can be repeated.
    ex = ProcessPoolExecutor(2)
    print(ex.submit(fail, 0).exception() is not None, ex.submit(square, 5).result())
    ex.shutdown()
    ex.shutdown()
    print("done")
