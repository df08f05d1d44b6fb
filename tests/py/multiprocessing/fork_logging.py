# Logging configured in the parent's guard before start(): a forked child logs through
# the parent's handlers, formats, levels and filters; a spawned child starts afresh.
import logging, multiprocessing as mp, os, sys, tempfile

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

def child(tag):
    logging.info("root info from %s", tag)
    logging.debug("root debug from %s (filtered by level)", tag)
    logging.getLogger("app").debug("app debug from %s", tag)
    logging.getLogger("app.db").info("app.db info from %s", tag)
    for i in range(4):
        logging.getLogger("odd").warning("odd %d from %s", i, tag)
    logging.getLogger("muted").critical("muted critical from %s", tag)
    logging.getLogger("file").warning("file warning from %s", tag)
    root = logging.getLogger()
    print(tag, "root level", root.level, "handlers", [type(h).__name__ for h in root.handlers], flush=True)
    print(tag, "app level", logging.getLogger("app").getEffectiveLevel(),
          "odd propagate", logging.getLogger("odd").propagate,
          "disabled", logging.root.manager.disable, flush=True)

def square(x):
    logging.getLogger("app").info("square %d", x)
    return x * x

if __name__ == "__main__":
    d = tempfile.mkdtemp()
    path = os.path.join(d, "log.txt")
    logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                        format="%(levelname)s|%(name)s|%(processName)s|%(message)s")
    logging.getLogger("app").setLevel(logging.DEBUG)
    odd = logging.getLogger("odd")
    odd.propagate = False
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("odd-handler: %(message)s"))
    h.addFilter(OnlyOdd())
    odd.addHandler(h)
    logging.getLogger("muted").disabled = True
    fh = logging.FileHandler(path)
    fh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
    flog = logging.getLogger("file")
    flog.addHandler(fh)
    flog.propagate = False
    flog.warning("file warning from parent")
    logging.disable(logging.NOTSET)
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=child, args=(method,))
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode, flush=True)
    with mp.get_context("fork").Pool(1) as pool:
        print("pool", sorted(pool.map(square, [1, 2, 3])), flush=True)
    logging.disable(logging.WARNING)
    p = mp.get_context("fork").Process(target=child, args=("disabled",))
    p.start()
    p.join()
    fh.close()
    with open(path) as f:
        print("file:", f.read().splitlines())
    os.remove(path)
    os.rmdir(d)
