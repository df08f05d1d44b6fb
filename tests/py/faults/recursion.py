# A recursion limit raised far beyond what the stack can hold still ends in RecursionError
# (CPython 3.11's Python-to-Python calls use no C stack).
import sys

sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


def fine(n):
    return 0 if n == 0 else fine(n - 1) + 1


print(fine(20000))
