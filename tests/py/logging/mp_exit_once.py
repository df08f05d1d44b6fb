# The multiprocessing logger reports "process shutting down" once per process: in the
# child at the end of its run, in the parent when its exit function runs at exit (it ran a
# second time when the interpreter closed after atexit).
import logging
import multiprocessing as mp
import sys


def work(tag):
    print("work", tag, flush=True)


if __name__ == "__main__":
    logger = mp.log_to_stderr()
    logger.handlers[-1].setStream(sys.stdout)
    logger.setLevel(logging.INFO)
    p = mp.Process(target=work, args=("a",))
    p.start()
    p.join()
    print("exitcode", p.exitcode, flush=True)
