# Process-wide state a script sets in its guard before start(): a forked child has it (it
# is a copy of its parent), a spawned one has what a fresh interpreter has, but for what
# the operating system hands down (environment, umask, working directory, argv/path,
# which spawn sends along).
import copyreg, decimal, multiprocessing as mp, os, random, signal, sys, tempfile, threading

here = threading.local()

class Point:
    def __init__(self, x):
        self.x = x

def reduce_point(p):
    return Point, (p.x * 10,)

def on_usr1(signum, frame):
    print("usr1 handler ran", flush=True)

def child(tag, expected_random, workdir):
    print(tag, "thread local:", getattr(here, "value", "missing"))
    print(tag, "decimal:", decimal.getcontext().prec, decimal.Decimal(1) / decimal.Decimal(7),
          decimal.DefaultContext.prec)
    print(tag, "copyreg:", Point in copyreg.dispatch_table)
    print(tag, "random continues the parent's sequence:", random.random() == expected_random)
    print(tag, "environ:", os.environ.get("GOPY_FORK_PROBE"))
    print(tag, "argv:", sys.argv[1:], "path[0]:", sys.path[0])
    print(tag, "cwd is the parent's:", os.getcwd() == workdir)
    print(tag, "umask:", oct(os.umask(0o022)))
    h = signal.getsignal(signal.SIGUSR1)
    print(tag, "SIGUSR1:", getattr(h, "__name__", h),
          "SIGINT ignored:", signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
    if tag == "fork":
        print(tag, "SIGTERM:", signal.getsignal(signal.SIGTERM))
    if h is not signal.SIG_DFL:
        os.kill(os.getpid(), signal.SIGUSR1)
    sys.stdout.flush()

if __name__ == "__main__":
    here.value = 42
    decimal.getcontext().prec = 5
    decimal.DefaultContext.prec = 12
    copyreg.pickle(Point, reduce_point)
    random.seed(7)
    saved = random.getstate()
    expected = random.random()
    random.setstate(saved)
    os.environ["GOPY_FORK_PROBE"] = "set in the parent"
    sys.argv.append("extra-arg")
    sys.path.insert(0, "added-to-path")
    old_umask = os.umask(0o077)
    workdir = tempfile.mkdtemp()
    os.chdir(workdir)
    workdir = os.getcwd()
    signal.signal(signal.SIGUSR1, on_usr1)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=child, args=(method, expected, workdir))
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode, flush=True)
    print("parent random:", random.random() == expected)
    os.chdir("/")
    os.rmdir(workdir)
    os.umask(old_umask)
