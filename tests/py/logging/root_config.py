# logging: basicConfig and the module-level functions, with the last resort handler first
import io
import logging
import sys

logging.warning("to the last resort %d", 1)   # no handlers yet: stderr, bare message
logging.getLogger("quiet").info("not shown")
logging.basicConfig(stream=sys.stdout)
print(logging.root.handlers, logging.root.level)
logging.info("still below WARNING")
logging.warning("root %s", "warning")
logging.getLogger("child.x").error("through the root handler")
logging.basicConfig(level=logging.DEBUG)  # has handlers: nothing changes
print(logging.root.level)
logging.basicConfig(stream=sys.stdout, level="DEBUG", format="{levelname}:{name}:{message}", style="{", force=True)
logging.debug("debug now shown")
print(logging.root.handlers[0].formatter._fmt, logging.root.level)
for kw in [{"stream": sys.stdout, "filename": "x"}, {"handlers": [], "stream": sys.stdout},
           {"style": "!"}, {"bogus": 1, "other": 2}]:
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError", e)

buf = io.StringIO()
logging.basicConfig(stream=buf, format="%(levelname)s|%(message)s", force=True)
logging.warning("into the buffer")
logging.log(logging.ERROR, "via log")
try:
    logging.log("ERROR", "bad level")
except TypeError as e:
    print("TypeError", e)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("caught")
text = buf.getvalue()
print(text.splitlines()[:3])
print(text.splitlines()[-1])
print("Traceback (most recent call last):" in text)

# a handler whose format fails reports on stderr and carries on
bad = logging.StreamHandler(sys.stdout)
bad.setFormatter(logging.Formatter("%(nosuchfield)s"))
lg = logging.getLogger("bad")
lg.addHandler(bad)
lg.propagate = False
lg.warning("message %s", "arg")
print("carried on")

class Short(logging.Formatter):
    # messages and tracebacks carry this machine's paths: keep the files' base names
    def format(self, record):
        import os
        text = super().format(record)
        return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


logging.captureWarnings(True)
import warnings
wl = logging.getLogger("py.warnings")
wl.addHandler(logging.StreamHandler(sys.stdout))
wl.handlers[0].setFormatter(Short("captured: %(message)s"))
warnings.warn("a warning to log")
logging.captureWarnings(False)
print(logging.getLogger("py.warnings").handlers[0])
