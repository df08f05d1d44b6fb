# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
out = []


def worker(i):
    try:
        data.x
        out.append("leak")
    except AttributeError:
        pass
    data.x = i
    out.append(data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out.sort()
print(out, data.x)
