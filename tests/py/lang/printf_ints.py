# printf-style %d, %i, %u of ints that fit in 64 bits and of bigger ones, bools and floats,
# with widths, precisions and flags.
import sys
vals = [0, 1, -1, 7, -42, 255, 256, 10**6, -10**6, sys.maxsize, -sys.maxsize - 1, 2**63, -2**63 - 5, True, False, 3.7, -3.7]
for spec in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.4d", "%+08d", "%-+7d|", "%#d", "%x", "%o"]:
    out = []
    for v in vals:
        if spec in ("%x", "%o") and isinstance(v, float):
            continue
        out.append(spec % v)
    print(spec, out)
print("k%d" % 12345, "%d%%" % 50, "%(a)d-%(b)05d" % {"a": -3, "b": 42})
