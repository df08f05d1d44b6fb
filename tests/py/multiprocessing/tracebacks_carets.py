# CPython 3.11's caret lines (~~^~~, ^^^^) in tracebacks made by spawn and fork children: a
# Pool worker's exception (its RemoteTraceback text in the parent) and a Process target's
# report on the child's stderr. Only the entries from this file on are shown (the library's
# own frames differ in file and line).
import multiprocessing as mp
import sys


def divide(pair):
    a, b = pair
    return a / b


def lookup(d):
    return d["missing"]["x"]


def target(x):
    sys.stderr = Script()
    values = [1, 2]
    return values[x] + divide((1, 0))


class Script:
    # Only the traceback's entries from this file on, and the exception line.
    def __init__(self):
        self.keep = False

    def write(self, s):
        for line in s.splitlines(True):
            if line.startswith('  File "') and __file__ in line:
                self.keep = True
            if self.keep:
                sys.stdout.write(line.replace(__file__, "carets.py"))
        sys.stdout.flush()

    def flush(self):
        pass


def show(tb):
    keep = False
    for line in tb.splitlines():
        if line.startswith('  File "') and __file__ in line:
            keep = True
        if keep:
            print(line.replace(__file__, "carets.py"))


if __name__ == "__main__":
    for method in ("spawn", "fork"):
        ctx = mp.get_context(method)
        print("---", method)
        with ctx.Pool(1) as pool:
            for fn, arg in ((divide, (1, 0)), (lookup, {"missing": {}})):
                try:
                    pool.apply(fn, (arg,))
                except Exception as e:
                    print(type(e).__name__, e)
                    show(e.__cause__.tb)
        p = ctx.Process(target=target, args=(0,))
        p.start()
        p.join()
        print("exitcode", p.exitcode)
