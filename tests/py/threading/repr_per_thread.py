# The guard that prints [...] for a list inside its own repr is per thread: a thread that
# reprs a list while another thread is in the middle of its repr gets the full text.
import threading

started = threading.Event()
proceed = threading.Event()


class Slow:
    def __repr__(self):
        if threading.current_thread().name == "slow":
            started.set()
            proceed.wait()
        return "S"


shared = [Slow(), {"k": (1, 2)}]
shared.append(shared)
out = {}


def slow_repr():
    out["slow"] = repr(shared)


t = threading.Thread(target=slow_repr, name="slow")
t.start()
started.wait()
out["main"] = repr(shared)
d = {"self": None}
d["self"] = d
out["main dict"] = repr(d)
proceed.set()
t.join()
for k in sorted(out):
    print(k, out[k])
