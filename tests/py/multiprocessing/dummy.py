# multiprocessing.dummy: the multiprocessing API over threads (Process, Pool, Queue,
# Manager, Pipe, Listener/Client, Namespace, Value).
import multiprocessing.dummy as md
from multiprocessing.dummy import Pool, Process, Queue, Manager, Pipe, current_process, active_children
from multiprocessing.dummy.connection import Listener, Client
import threading

def work(q, x):
    q.put((x, current_process().name.startswith('Thread')))

q = Queue()
ps = [Process(target=work, args=(q, i)) for i in range(3)]
print([p.exitcode for p in ps])
for p in ps: p.start()
for p in ps: p.join()
print(sorted(q.get() for _ in range(3)))
print([p.exitcode for p in ps], active_children())
with Pool(3) as pool:
    print(pool.map(abs, [-1, -2, 3]))
m = Manager()
print(m is md, m.dict(a=1), m.list([1]))
ns = md.Namespace(b=2, a=1, _c=3)
print(ns)
v = md.Value('i', 3); v.value += 1; print(v, v.value)
a, b = Pipe()
a.send(5); print(b.poll(), b.recv(), b.poll(0.01))
l = Listener()
c = Client(l.address)
s = l.accept()
c.send('hi'); print(s.recv())
print(current_process().name, md.JoinableQueue is Queue, md.__all__[:3])
# A DummyProcess must be started by the thread that made it.
p2 = Process(target=print)


def other():
    try:
        p2.start()
    except RuntimeError as e:
        print("RuntimeError", str(e)[:9])


t = threading.Thread(target=other)
t.start()
t.join()
