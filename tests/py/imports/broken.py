import sys
try:
    import _broken
except ValueError as e:
    print("ValueError", e)
print("_broken" in sys.modules)
