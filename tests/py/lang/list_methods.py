# list methods.
l = [3, 1, 2]
l.insert(0, 9)
l.insert(-1, 7)
l.insert(100, 8)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(2), l.count(2), [1, 1.0, True].count(1), [1, 2, 1].index(1, 1))
c = l.copy()
c.reverse()
l.clear()
print(l, c)
for bad in (lambda: [1].remove(5), lambda: [1, 2].index('x'), lambda: [].pop(), lambda: [1].pop(5)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
