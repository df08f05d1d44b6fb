# A Thread subclass that overrides run() and calls the base __init__ explicitly.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 10


ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws], [w.name for w in ws])
