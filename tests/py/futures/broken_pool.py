# A worker that dies (SIGKILL in the middle of map(), os._exit in a call, an initializer
# that fails) breaks the pool: every pending future gets BrokenProcessPool, promptly.
import concurrent.futures as cf
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
import os
import signal
import time


def kill_self_at(x):
    if x == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def exit_now(code):
    os._exit(code)


def failing_init():
    raise RuntimeError("init failed")


def square(x):
    return x * x


if __name__ == '__main__':
    print(issubclass(BrokenProcessPool, cf.BrokenExecutor), BrokenProcessPool.__module__)
    start = time.monotonic()
    ex = ProcessPoolExecutor(2)
    try:
        for value in ex.map(kill_self_at, range(20)):
            pass
    except BrokenProcessPool as e:
        print("map:", e)
        print(e.__cause__)
    print("within a few seconds:", time.monotonic() - start < 20)
    try:
        ex.submit(square, 1)
    except BrokenProcessPool as e:
        print("submit:", e)
    ex.shutdown()

    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(exit_now, 7)
        others = [ex.submit(square, i) for i in range(3)]
        print(type(f.exception(timeout=60)).__name__)
        print([type(o.exception(timeout=60)).__name__ for o in others])

    # CPython logs the initializer's traceback in the worker, then the worker ends without
    # a result: the pool is broken.
    ex = ProcessPoolExecutor(1, initializer=failing_init)
    f = ex.submit(square, 2)
    try:
        f.result(timeout=60)
    except BrokenProcessPool as e:
        print("initializer:", e)
    ex.shutdown()
    print("end")
