# sys.version_info is CPython's struct sequence (fields, indexing, slicing, comparisons
# with tuples, repr); sys.__excepthook__ is the original sys.excepthook, kept when a script
# replaces the hook; sys.getrecursionlimit / setrecursionlimit.
import sys

v = sys.version_info
print(v, v.major, v.minor, v[0], v[-1], v[:2], tuple(v), len(v), list(v)[3])
print(v >= (3, 8), v < (3, 12), v == (3, 11, 7, 'final', 0), (3, 11) <= v, type(v).__name__)
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
try:
    v.nope
except AttributeError as e:
    print(e)
print(sys.__excepthook__ is sys.excepthook)
sys.excepthook = lambda *a: None
print(sys.__excepthook__ is sys.excepthook, callable(sys.__excepthook__))
sys.excepthook = sys.__excepthook__
limit = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(limit, sys.getrecursionlimit())
