# logging and logging.handlers: files, rotation, memory buffers, queues, shutdown
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

tmp = tempfile.mkdtemp()
try:
    os.chdir(tmp)
    fh = logging.FileHandler("app.log", delay=True)
    print(os.path.exists("app.log"), fh.stream, fh.baseFilename == os.path.join(os.getcwd(), "app.log"))
    lg = logging.getLogger("files")
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    lg.addHandler(fh)
    lg.info("one")
    lg.debug("two %d", 2)
    fh.close()
    print(repr(open("app.log").read()))
    lg.removeHandler(fh)

    rot = logging.handlers.RotatingFileHandler("rot.log", maxBytes=40, backupCount=2)
    rot.setFormatter(logging.Formatter("%(message)s"))
    lg.addHandler(rot)
    for i in range(12):
        lg.info("record number %02d", i)
    rot.close()
    lg.removeHandler(rot)
    for name in sorted(os.listdir(".")):
        print(name, repr(open(name).read()))

    named = logging.handlers.RotatingFileHandler("named.log", maxBytes=20, backupCount=1)
    named.namer = lambda n: n + ".bak"
    lg.addHandler(named)
    for i in range(4):
        lg.info("named %d....", i)
    named.close()
    lg.removeHandler(named)
    print(sorted(n for n in os.listdir(".") if n.startswith("named")))

    timed = logging.handlers.TimedRotatingFileHandler("timed.log", when="midnight", backupCount=3)
    print(timed.when, timed.interval, timed.suffix, timed.rolloverAt > 0)
    timed.close()
    for when in ["X", "W7", "W"]:
        try:
            logging.handlers.TimedRotatingFileHandler("t2.log", when=when)
        except ValueError as e:
            print("ValueError", e)

    w = logging.handlers.WatchedFileHandler("watched.log")
    w.setFormatter(logging.Formatter("%(message)s"))
    lg.addHandler(w)
    lg.info("before move")
    os.rename("watched.log", "moved.log")
    lg.info("after move")
    w.close()
    lg.removeHandler(w)
    print(repr(open("moved.log").read()), repr(open("watched.log").read()))
finally:
    os.chdir("/")
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)

class Short(logging.Formatter):
    # messages and tracebacks carry this machine's paths: keep the files' base names
    def format(self, record):
        import os
        text = super().format(record)
        return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


out = logging.StreamHandler(sys.stdout)
out.setFormatter(Short("target got %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=out)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mem)
ml.warning("w1")
ml.warning("w2")
print("buffered", len(mem.buffer))
ml.warning("w3")
print("after capacity", len(mem.buffer))
ml.warning("w4")
ml.error("e1")
ml.warning("w5")
mem.close()
print("closed", mem.target, len(mem.buffer))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(qh)
listener = logging.handlers.QueueListener(q, out)
listener.start()
ql.warning("queued %s", "message")
try:
    raise RuntimeError("inside")
except RuntimeError:
    ql.exception("queued failure")
listener.stop()
rec = logging.makeLogRecord({"msg": "m %s", "args": ("a",), "exc_info": None})
prepared = qh.prepare(rec)
print(prepared.msg, prepared.args, prepared.exc_info, rec.msg)

q2 = queue.Queue()
quiet = logging.StreamHandler(sys.stdout)
quiet.setLevel(logging.ERROR)
l2 = logging.handlers.QueueListener(q2, quiet, respect_handler_level=True)
l2.start()
for level in (logging.INFO, logging.ERROR):
    q2.put(logging.makeLogRecord({"msg": "level %d" % level, "levelno": level, "levelname": logging.getLevelName(level)}))
l2.stop()
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
