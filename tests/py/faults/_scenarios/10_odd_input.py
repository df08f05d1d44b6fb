# Issue 16 item 10: odd input raises instead of hanging.
import multiprocessing

for name, call in [("format", lambda: format(1.0, ".2147483648f")),
                   ("Queue.get(nan)", lambda: multiprocessing.Queue().get(timeout=float("nan")))]:
    try:
        call()
        print(name, "returned", end="; ")
    except Exception as e:
        print(name, type(e).__name__, end="; ")
print()
