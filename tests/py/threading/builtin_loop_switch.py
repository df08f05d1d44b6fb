# A thread whose loop calls only builtins hands the GIL over: the main thread goes on
# while it spins, then stops it. Comprehensions and generator expressions that call only
# builtins let the other thread run too.
import threading

state = {"stop": False}
items = []
spinning = threading.Event()


def spin():
    spinning.set()
    while not state["stop"]:
        items.append(1)
        items.pop()


t = threading.Thread(target=spin)
t.start()
spinning.wait()
print("main runs while the thread spins")
squares = [len(items) for _ in range(20000)]
print("listcomp", len(squares))
print("genexpr", sum(1 for _ in range(20000) if len(items) >= 0))
state["stop"] = True
t.join()
print("joined", items)

# Two threads in builtin-only loops: each waits, spinning, for the other's count.
counts = [0, 0]


def worker(me):
    counts[me] += 1
    while counts[1 - me] == 0:
        len(counts)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("both counted:", counts)
