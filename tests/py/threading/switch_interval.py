# sys.setswitchinterval / getswitchinterval and the recursion limit of threads.
import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in [0, -1]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
out = []


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def worker():
    try:
        deep(500)
    except RecursionError:
        out.append("RecursionError in thread")
    out.append(deep(100))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
