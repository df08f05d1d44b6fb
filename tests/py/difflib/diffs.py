# Differ/ndiff, unified_diff, context_diff, diff_bytes and restore, printed as text.
import difflib
import sys

def show(title, lines):
    print("=====", title)
    sys.stdout.writelines(lines)

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
show("compare", difflib.Differ().compare(text1, text2))
show("ndiff", difflib.ndiff(text1, text2))
show("ndiff tabs", difflib.ndiff(["\tabcDefghiJkl\n"], ["\t\tabcdefGhijkl\n"]))
show("ndiff one", difflib.ndiff("one\ntwo\nthree\n".splitlines(1), "ore\ntree\nemu\n".splitlines(1)))
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(1), "ore\ntree\nemu\n".splitlines(1)))
show("restore 1", difflib.restore(diff, 1))
show("restore 2", difflib.restore(diff, 2))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)

show("ndiff equal pair", difflib.ndiff(["a\n", "b\n", "zzz\n", "c\n"], ["x\n", "zzz\n", "y\n"]))
show("ndiff plain", difflib.ndiff(["alpha\n", "beta\n"], ["1\n", "2\n", "3\n"]))
show("ndiff plain2", difflib.ndiff(["1\n", "2\n", "3\n"], ["alpha\n", "beta\n"]))
show("ndiff linejunk", difflib.ndiff(["a\n", "\n", "b\n", "# \n"], ["a\n", "b\n", "\n", "c\n"],
                                     linejunk=difflib.IS_LINE_JUNK))
show("ndiff charjunk none", difflib.ndiff(["a b c d\n"], ["a  b c e\n"], charjunk=None))
show("ndiff no newline", difflib.ndiff(["abcdef"], ["abcxef"]))

import keyword
old = [w + "\n" for w in keyword.kwlist]
new = old[:]
new[3] = "asynchronous\n"; del new[10:13]; new.insert(20, "extra\n"); new[-1] = "yield from\n"
show("unified", difflib.unified_diff(old, new, "old.txt", "new.txt", "2020-01-01", "2020-01-02"))
show("unified n=1", difflib.unified_diff(old, new, n=1))
show("unified n=0", difflib.unified_diff(old, new, n=0))
show("context", difflib.context_diff(old, new, "old.txt", "new.txt"))
show("context n=0", difflib.context_diff(old, new, n=0))
print(list(difflib.unified_diff("abc", "abd", lineterm="")))
print(list(difflib.context_diff("abc", "abd", lineterm="")))
print(list(difflib.unified_diff([], ["x\n"])))
print(list(difflib.unified_diff(["x\n"], [])))
print(list(difflib.context_diff([], ["x\n"])))
print(list(difflib.context_diff(["x\n"], [])))
print(list(difflib.unified_diff(["a\n"], ["a\n"])))
print(list(difflib.unified_diff(["a", "b", "c", "d", "e", "f", "g", "h"], ["a", "B", "c", "d", "e", "f", "g", "H"], lineterm="", n=2)))
for bad in (([b"x"], ["y"]), (["x"], [1]), ):
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print("TypeError", e)
try:
    list(difflib.unified_diff(["a"], ["b"], fromfile=b"x"))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\xff\n", b"b\n"], [b"a\xfe\n", b"b\n"], b"f1", b"f2")))
print(list(difflib.diff_bytes(difflib.context_diff, [b"a\n"], [b"b\n"], lineterm=b"")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)

# a larger, deterministic ndiff over shuffled words
import random
rnd = random.Random(7)
base = ["%s %s %s\n" % (rnd.choice(keyword.kwlist), rnd.choice(keyword.kwlist), rnd.randrange(100)) for _ in range(60)]
changed = base[:]
for _ in range(15):
    i = rnd.randrange(len(changed))
    op = rnd.randrange(3)
    if op == 0:
        changed[i] = changed[i].replace(" ", "  ", 1)
    elif op == 1:
        del changed[i]
    else:
        changed.insert(i, "inserted %d\n" % i)
show("ndiff big", difflib.ndiff(base, changed))
show("unified big", difflib.unified_diff(base, changed))
