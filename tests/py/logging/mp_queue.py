# the logging cookbook: workers send records through a multiprocessing Queue to a
# QueueListener in the main process, which writes them to stdout
import logging
import logging.handlers
import multiprocessing as mp
import sys


class Short(logging.Formatter):
    # the traceback's frames carry this machine's paths: keep the file's base name
    def formatException(self, ei):
        import os
        text = super().formatException(ei)
        return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


def worker(q, n):
    h = logging.handlers.QueueHandler(q)
    h.setFormatter(Short())
    root = logging.getLogger()
    root.addHandler(h)
    root.setLevel(logging.DEBUG)
    lg = logging.getLogger("worker.%d" % n)
    lg.debug("starting %d", n)
    try:
        raise ValueError("boom %d" % n)
    except ValueError:
        lg.exception("failed in %s", mp.current_process().name)
    lg.info("done", extra={"job": n})


if __name__ == "__main__":
    q = mp.Queue()
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("%(processName)-10s %(name)-9s %(levelname)-5s %(message)s"))
    listener = logging.handlers.QueueListener(q, out)
    listener.start()
    for n in range(3):
        p = mp.Process(target=worker, args=(q, n), name="Worker-%d" % n)
        p.start()
        p.join()
    listener.stop()
    rec = logging.makeLogRecord({"name": "pickled", "msg": "m", "levelno": 20})
    import pickle
    back = pickle.loads(pickle.dumps(rec))
    print(type(back).__name__, back.name, back.msg, back.levelno)
    print(pickle.loads(pickle.dumps(logging.getLogger("a.b"))) is logging.getLogger("a.b"))
    print(pickle.loads(pickle.dumps(logging.getLogger())) is logging.root)
