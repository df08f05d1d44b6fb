# The 'forkserver' start method has spawn's semantics: each child imports the main module
# as __mp_main__ (its top-level code runs there, the guarded block does not), so a global
# set in the guard is missing, and the target goes by reference (a lambda cannot be
# pickled, a function defined in the guard is not found in the child).
import multiprocessing as mp, sys

print("top-level code runs as", __name__, flush=True)

def show(tag):
    try:
        print(tag, data, flush=True)
    except NameError as e:
        print(tag, "NameError:", e, flush=True)

def square(x):
    return x * x

if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    data = [1, 2, 3]
    p = ctx.Process(target=show, args=("process",))
    p.start()
    p.join()
    print("exitcode", p.exitcode, flush=True)
    with ctx.Pool(1) as pool:
        print(pool.map(square, range(4)), flush=True)
    try:
        ctx.Process(target=lambda: None).start()
    except Exception as e:
        print(type(e).__name__, str(e).split(":")[-1].strip(), flush=True)
    def local():
        pass
    p = ctx.Process(target=local)
    p.start()
    p.join()
    print("local target exitcode", p.exitcode, flush=True)
    print("done", file=sys.stderr)
