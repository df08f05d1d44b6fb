# A 'fork' child keeps what the parent set in sys and in the process: hooks, the recursion
# limit, the switch interval, flags and attributes a script set, sys.argv and sys.path as
# changed, the working directory, environment changes, the umask and ignored signals.
import multiprocessing as mp
import os
import signal
import sys
import tempfile


def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v)


def dhook(v):
    print("custom displayhook:", v)


def child(where):
    print("excepthook", sys.excepthook is hook, "displayhook", sys.displayhook is dhook)
    print("recursionlimit", sys.getrecursionlimit(), "switchinterval", sys.getswitchinterval())
    print("argv", sys.argv[1:], "path0", sys.path[0], "cwd", os.getcwd() == where)
    print("env", os.environ.get("FORK_TEST_VAR"), "FORK_TEST_GONE" in os.environ)
    print("umask", oct(os.umask(0o22)))
    print("SIGUSR2 ignored", signal.getsignal(signal.SIGUSR2) is signal.SIG_IGN)
    print("ps1", sys.ps1, "custom", sys.my_custom, sys.my_config)
    sys.displayhook("shown")
    try:
        def deep(n):
            return deep(n + 1)
        deep(0)
    except RecursionError:
        print("RecursionError")


if __name__ == "__main__":
    base = sys.getrecursionlimit()
    sys.excepthook = hook
    sys.displayhook = dhook
    sys.setrecursionlimit(300)
    sys.setswitchinterval(0.01)
    sys.argv.append("extra-arg")
    sys.path.insert(0, "/nonexistent/extra-path")
    where = tempfile.mkdtemp()
    os.chdir(where)
    os.environ["FORK_TEST_VAR"] = "set-in-parent"
    os.environ["FORK_TEST_GONE"] = "x"
    del os.environ["FORK_TEST_GONE"]
    os.umask(0o077)
    signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    sys.ps1 = "parent> "
    sys.my_custom = 42
    sys.my_config = {"level": 3}
    mp.set_start_method("fork")
    p = mp.Process(target=child, args=(where,))
    p.start()
    p.join()
    os.chdir("/")
    os.rmdir(where)
    print("exitcode", p.exitcode)
