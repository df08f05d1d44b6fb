"""The frames of a Pool worker's traceback (the RemoteTraceback text): worker, the chunk
runner, then the function, for map and starmap as in CPython (no comprehension frame)."""
from multiprocessing import Pool


def f(x):
    return 1 / (x - 2)


def g(a, b):
    return a / b


def frames(exc):
    text = exc.__cause__.tb
    return [line.rsplit(' in ', 1)[-1] for line in text.splitlines() if line.startswith('  File')]


if __name__ == '__main__':
    with Pool(2) as p:
        for call in (lambda: p.map(f, [2]), lambda: p.starmap(g, [(1, 0)]),
                     lambda: p.apply(f, (2,)), lambda: list(p.imap(f, [2]))):
            try:
                call()
            except ZeroDivisionError as e:
                print(frames(e))
