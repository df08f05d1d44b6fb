# multiprocessing.get_logger/log_to_stderr: CPython's format, records from the child
# (the child's own lines go to stderr; the golden keeps stderr's last line)
import logging
import multiprocessing as mp
import sys


def work(x):
    lg = mp.get_logger()
    print("child logger", lg, lg.handlers, lg.propagate, flush=True)
    lg.warning("child working on %s", x)


if __name__ == "__main__":
    print(mp.get_logger(), mp.get_logger().propagate, mp.get_logger().handlers)
    lg = mp.log_to_stderr(logging.INFO)
    print(lg is mp.get_logger(), lg.handlers, lg.handlers[0].formatter._fmt)
    from multiprocessing import util
    print(util.SUBDEBUG, util.SUBWARNING, util.DEFAULT_LOGGING_FORMAT, util.LOGGER_NAME)
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("stdout: [%(levelname)s/%(processName)s] %(message)s"))
    lg.addHandler(out)
    util.info("util info %d", 1)
    util.sub_warning("sub warning")
    util.debug("hidden debug")
    lg.removeHandler(out)  # (a forked child of CPython would keep it, gopy's would not)
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=work, args=(method,))
        p.start()
        p.join()
        print(method, "exitcode", p.exitcode)
