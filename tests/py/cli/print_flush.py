import sys
print("a", flush=True)
print("b", "c", sep="-", end="!\n")
print("d", file=sys.stderr)
