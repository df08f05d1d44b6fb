# time.sleep argument checks, and the clocks threads use.
import time

for arg in [-1, "x", None]:
    try:
        time.sleep(arg)
    except (ValueError, TypeError) as e:
        print(e)
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b > a, time.perf_counter() > 0, time.monotonic_ns() > 0, time.time_ns() > 0)
