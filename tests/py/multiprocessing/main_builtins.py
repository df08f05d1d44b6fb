# __builtins__ in a child's main module: the builtins module after fork (the parent's __main__),
# the builtins dict after spawn (runpy runs it).
import multiprocessing as mp
def f():
    import __main__
    print(__name__, type(__main__.__dict__["__builtins__"]).__name__)
if __name__ == "__main__":
    for m in ("fork", "spawn"):
        p = mp.get_context(m).Process(target=f); p.start(); p.join()
