# range: start/stop/step, index, count (ints, bools, floats and other objects), slicing.
r = range(1, 10, 3)
print(r.start, r.stop, r.step, r.index(4), r.count(4), r.count(5), 7 in r, range(5).index(4))
for x in [5, 10, 1.0, True, "a", 7]:
    try:
        print(x, r.index(x), r.count(x))
    except ValueError as e:
        print(x, "ValueError", e, r.count(x))
d = range(10, -10, -4)
print(list(d), d.start, d.stop, d.step, d.index(-6), d.count(-6), d.count(-5), len(d))
print(range(-5, 5, -1).start, range(10)[::2], range(10)[2], list(range(0)), range(3) == range(0, 3))
print(range(0, 10, 2).index(8), range(5).count(False))
