# Ctrl-C reaches loops whose only calls are to builtins (len, list methods), and
# comprehensions and generator expressions, however they filter their items. Another
# thread sends SIGINT once the main thread has said it is about to enter the loop.
import os
import signal
import threading

items = [1, 2, 3]


def send_when(ready):
    ready.wait()
    os.kill(os.getpid(), signal.SIGINT)


def run(kind):
    ready = threading.Event()
    sender = threading.Thread(target=send_when, args=(ready,))
    sender.start()
    ready.set()
    try:
        if kind == "while-true-len":
            while True:
                len(items)
        elif kind == "while-test-methods":
            n = 0
            while n >= 0:
                items.append(n)
                items.pop()
        elif kind == "for-builtin":
            for _ in iter(int, 1):
                abs(-1)
        elif kind == "listcomp-filtered":
            [x for x in iter(int, 1) if len(items) < 0]
        elif kind == "genexpr-in-any":
            any(len(items) < 0 for _ in iter(int, 1))
        elif kind == "nested-comp-empty-inner":
            [y for x in iter(int, 1) for y in ()]
        elif kind == "setcomp-filtered":
            {x for x in iter(int, 1) if x}
        elif kind == "dictcomp-filtered":
            {x: x for x in iter(int, 1) if x}
        print(kind, "ended without the signal")
    except KeyboardInterrupt:
        print(kind, "KeyboardInterrupt")
    sender.join()


for kind in ["while-true-len", "while-test-methods", "for-builtin", "listcomp-filtered",
             "genexpr-in-any", "nested-comp-empty-inner", "setcomp-filtered",
             "dictcomp-filtered"]:
    run(kind)
