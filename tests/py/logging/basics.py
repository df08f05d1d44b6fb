# logging: levels, the hierarchy, formats in the three styles, adapters, errors
import logging
import sys
import time


class FixedTime(logging.Filter):
    # stamps records with a fixed creation time so that asctime is stable
    def filter(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return True


print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33))
logging.addLevelName(33, "NOTICE")
print(logging.getLevelName(33), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
for bad in ["LOUD", 2.5, None]:
    try:
        logging.getLogger("x").setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a = logging.getLogger("a.b.c")
print(a, a.parent, logging.getLogger("a"), a.parent is logging.root)
ab = logging.getLogger("a.b")
print(a.parent is ab, ab.parent is logging.getLogger("a"))
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(ab.getChild("c") is a, logging.root.getChild("zz").name)
print(logging.getLogger("a").getEffectiveLevel(), a.isEnabledFor(logging.INFO))
logging.getLogger("a").setLevel("DEBUG")
print(a, a.isEnabledFor(logging.DEBUG))
try:
    logging.getLogger(b"x")
except TypeError as e:
    print(e)

out = logging.StreamHandler(sys.stdout)
out.addFilter(FixedTime())
logging.Formatter.converter = time.gmtime
class Short(logging.Formatter):
    # the traceback's frames carry this machine's paths: keep the file's base name
    def formatException(self, ei):
        import os
        text = super().formatException(ei)
        return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


out.setFormatter(Short("%(asctime)s %(levelname)-8s %(name)s %(module)s.%(funcName)s:%(lineno)d %(message)s"))
a.addHandler(out)
a.propagate = False


def work():
    a.debug("debug %s and %d", "x", 3)
    a.info("mapping %(k)s", {"k": "v"})
    a.log(33, "custom level")
    try:
        raise KeyError("missing")
    except KeyError:
        a.exception("failed")
    a.error("with exc_info", exc_info=ValueError("bare"))


work()
out.setFormatter(logging.Formatter("{asctime}|{levelname:>7}|{msecs:03.0f}|{message!r}", datefmt="%H:%M", style="{"))
a.warning("brace style")
out.setFormatter(logging.Formatter("$levelname ${name}: $message (${asctime})", style="$"))
a.critical("dollar style")
out.setFormatter(logging.Formatter("%(levelname)s %(tag)s %(message)s", defaults={"tag": "-"}))
a.info("default tag")
a.info("own tag", extra={"tag": "T"})
try:
    a.info("clash", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)

for args, kw in [(("%(x",), {}), (("{x",), {"style": "{"}), (("no fields",), {"style": "{"}),
                 (("$",), {"style": "$"}), (("x",), {"style": "?"}), (("{x!z}",), {"style": "{"}),
                 (("{x:zz}",), {"style": "{"}), (("{a-b}",), {"style": "{"})]:
    try:
        logging.Formatter(*args, **kw)
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
print(logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime())

adapter = logging.LoggerAdapter(a, {"tag": "ADAPTED"})
adapter.info("through adapter")
print(adapter, adapter.name, adapter.isEnabledFor(10), adapter.getEffectiveLevel())


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["p"], msg), kwargs


Prefix(a, {"p": "pre"}).warning("processed")

f = logging.Filter("a.b")
for name in ["a", "a.b", "a.bc", "a.b.c", "b"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))
a.addFilter(lambda r: "secret" not in r.getMessage())
a.info("a secret message")
a.info("a public message")

r = logging.makeLogRecord({"msg": "x=%s", "args": (5,), "name": "n", "levelno": 20, "lineno": 7})
print(repr(r.getMessage()), r.name, r.lineno)
rec = logging.LogRecord("nm", logging.INFO, "/some/dir/mod.py", 12, "hi %s", ("you",), None, "fn")
print(rec, rec.filename, rec.module, rec.funcName, rec.levelname, rec.getMessage(), rec.processName, rec.threadName)
print(repr(out), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
print(logging.root.handlers, logging.lastResort)

logging.disable(logging.WARNING)
a.warning("disabled")
a.error("not disabled")
logging.disable(logging.NOTSET)
print(logging.Logger.manager.disable)

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([logging.makeLogRecord({"msg": m}) for m in "xyz"]))
print(logging.BASIC_FORMAT, logging.raiseExceptions)
