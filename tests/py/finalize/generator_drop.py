# A generator dropped while suspended inside a try or with block is closed where the last
# reference goes: its finally clauses run, its with blocks exit (a file it writes is closed),
# and what they raise is reported as "Exception ignored in".
import gc
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
def withfile(path):
    with open(path, "w") as f:
        while True:
            f.write((yield))
def use():
    g = gen(); next(g)
    print("use returns")
x = gen(); print(next(x)); del x
print("after del")
use(); print("after use")
b = bad(); next(b); del b
print("after bad")
i = ignore(); next(i); del i
print("after ignore")
w = withfile("wf.tmp"); next(w); w.send("hello"); del w
print(open("wf.tmp").read())
for v in gen():
    break
print("after loop break")
k = gen(); next(k)
print("end")
import os; os.remove("wf.tmp")
