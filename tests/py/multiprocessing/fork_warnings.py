# The warnings filters a script sets before start(): a forked child has them (a copy of
# its parent), a spawned one starts with the defaults.
import multiprocessing as mp, warnings

def child(tag):
    try:
        warnings.warn("loud")
        print(tag, "loud: warned, no error")
    except UserWarning as e:
        print(tag, "loud: raised", repr(e))
    with warnings.catch_warnings(record=True) as got:
        warnings.warn("quiet please")
    print(tag, "quiet:", [str(w.message) for w in got])
    print(tag, [f[0] for f in warnings.filters[:2]])

if __name__ == "__main__":
    warnings.simplefilter("error")
    warnings.filterwarnings("ignore", message="quiet")
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=child, args=(method,))
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode)
