def down(n):
    return down(n + 1)

try:
    down(0)
except RuntimeError:
    print("caught recursion")
down(0)
