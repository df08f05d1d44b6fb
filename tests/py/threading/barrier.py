# Barrier: every party gets a distinct index, the action runs once; abort breaks it.
import threading

results = []
actions = []
b = threading.Barrier(4, action=lambda: actions.append("action"))


def party(i):
    idx = b.wait()
    results.append(idx)


ts = [threading.Thread(target=party, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
results.sort()
print(results, actions, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2)
errors = []


def breaker():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


t = threading.Thread(target=breaker)
t.start()
while b2.n_waiting == 0:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print(b2.broken)
try:
    threading.Barrier(2).wait(0.05)
except threading.BrokenBarrierError:
    print("timed out")
