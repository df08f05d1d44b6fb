# A worker's exception left uncaught: the report shows the worker's traceback as the
# direct cause, and the script ends with status 1. An executor never shut down still
# finishes its work at exit.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def fail(x):
    raise ValueError("bad value %r" % (x,))


def show(x):
    print("thread work", x, flush=True)


if __name__ == '__main__':
    left = ThreadPoolExecutor(1)
    left.submit(show, 1)
    open_pool = ProcessPoolExecutor(1)
    print(open_pool.submit(pow, 3, 4).result())
    with ProcessPoolExecutor(1) as ex:
        ex.submit(fail, 3).result()
