# logging.config.dictConfig: formatters, filters, handlers, loggers, references, errors
import logging
import logging.config
import sys

existing = logging.getLogger("old")


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True


def make_formatter(fmt):
    return logging.Formatter("custom:" + fmt)


config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "brace": {"format": "{name}|{message}", "style": "{"},
        "made": {"()": make_formatter, "fmt": "%(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brace", "filters": ["upper"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 10,
                   "target": "out", "level": "INFO"},
        "custom": {"()": "logging.StreamHandler", "stream": "cfg://handlers.out.stream",
                   "formatter": "made", ".": {"terminator": "!\n"}},
    },
    "loggers": {
        "app": {"handlers": ["out"], "level": "DEBUG", "propagate": False},
        "app.web": {"handlers": ["braced"], "filters": ["only_app"]},
        "buf": {"handlers": ["buffer"], "propagate": 0, "level": 10},
        "cust": {"handlers": ["custom"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").debug("app debug")
logging.getLogger("app.web").info("web info")
logging.getLogger("cust").warning("custom")
logging.getLogger("other").warning("root handles this")
logging.getLogger("buf").info("buffered")
print("existing disabled:", existing.disabled, logging.getLogger("app").disabled)
existing.warning("not shown")
print(sorted(logging._handlers.keys()))
print(logging.getLogger("app").handlers, logging.root.handlers)
logging.getLogger("buf").handlers[0].flush()

logging.config.dictConfig({"version": 1, "incremental": True,
                           "loggers": {"app": {"level": "ERROR"}},
                           "handlers": {"out": {"level": "CRITICAL"}}})
print(logging.getLogger("app").level, logging._handlers["out"].level)

bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
    {"version": 1, "formatters": {"f": {"format": "%(x", "style": "%"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "loggers": {"x": {"level": "LOUDEST"}}},
    {"version": 1, "root": {"level": "NOPE"}},
    {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-name": 1}}},
    {"version": 1, "filters": {"f": {"()": "logging.Nothing"}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print("accepted")
    except (ValueError, KeyError, TypeError) as e:
        cause = e.__cause__
        print(type(e).__name__, e, "|", type(cause).__name__ if cause else None, cause if cause else "")
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1x")
except ValueError as e:
    print(e)
