# Context objects pickle as CPython's (copyreg.__newobj__ of their class, the default
# context with its state) and load again, also in a child given one as a Process argument
# (gopy's had no __new__: the child died unpickling it).
import multiprocessing as mp
import pickle


def f(ctx):
    print("child got", type(ctx).__name__, ctx.get_start_method())


if __name__ == "__main__":
    for m in ("spawn", "fork", "forkserver"):
        ctx = mp.get_context(m)
        p = ctx.Process(target=f, args=(ctx,))
        p.start()
        p.join()
        print(m, p.exitcode)
    d = mp.context._default_context
    for proto in range(5):
        x = pickle.loads(pickle.dumps(d, proto))
        print(proto, type(x).__name__, x is d, x.get_start_method())
    for m in ("spawn", "fork", "forkserver"):
        c = mp.get_context(m)
        for proto in range(6):
            b = pickle.dumps(c, proto)
            x = pickle.loads(b)
            print(m, proto, b, type(x).__name__, x.get_start_method(), x is c)
    print(type(mp.context.SpawnContext()).__name__)
    try:
        mp.context.SpawnContext(1)
    except TypeError as e:
        print("TypeError", e)
    mp.set_start_method("spawn", force=True)
    print(pickle.dumps(d, 2))
