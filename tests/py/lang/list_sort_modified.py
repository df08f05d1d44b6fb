# list.sort empties the list while it sorts (key functions and comparisons see it empty),
# drops what they add and then raises CPython's "list modified during sort"; a failing key
# or comparison restores the list.
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [5, 4, 3, 2, 1]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        l.clear()
        return self.v < o.v
    def __repr__(self): return "C(%d)" % self.v
l = [C(3), C(1), C(2)]
try:
    l.sort()
except ValueError as e:
    print("ValueError", e)
print(l)
l = [3, 1, 2]
def k2(x):
    print("during", l)
    return x
l.sort(key=k2)
print(l)
l = [3, 1, 2]
def bad(x):
    if x == 1: raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print("KeyError", e)
print(l)
l = ["b", 1, "a"]
try:
    l.sort()
except TypeError as e:
    print("TypeError", e)
print(l)
l = [3, 2, 1]
def mut(x):
    l[0] = 99
    return x
try:
    l.sort(key=mut)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(l)
for start in ([1], []):
    l = list(start)
    try:
        l.sort(key=lambda x: l.append(2))
    except ValueError as e:
        print("ValueError", e)
    print(l)

l = [2, 1]
def grow(x):
    l.append(0); l.pop()
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print("ValueError", e)
print(l)
l = [2, 1]
l.sort(key=lambda x: (l.clear(), l.extend([]), x)[2])
print(l, sorted([3, 1, 2], key=lambda x: -x))

# gpython's wording for list item assignment and str indexing.
l = []
for stmt in ["l[0] = 1", "del l[0]", "del [1][5]", "'ab'[2]", "l[0]"]:
    try:
        exec(stmt)
    except IndexError as e:
        print(stmt, "->", e)
