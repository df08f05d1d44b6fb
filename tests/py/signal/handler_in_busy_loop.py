# A signal handler runs, and its exception is raised, while the main thread is in a loop
# that calls nothing (while True: pass).
import signal


class Timeout(Exception):
    pass


def handler(signum, frame):
    raise Timeout("alarm")


signal.signal(signal.SIGALRM, handler)
for kind in ["while", "while-test", "for"]:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        if kind == "while":
            while True:
                pass
        elif kind == "while-test":
            i = 0
            while i >= 0:
                i += 1
        else:
            for i in range(10 ** 15):
                pass
    except Timeout as e:
        print(kind, "interrupted:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
while True:
    pass
