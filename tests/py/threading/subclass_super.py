# A Thread subclass using super().__init__() and overriding run().
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("run", self.n, self.name)


w = Worker(5)
w.start()
w.join()
print(repr(w).startswith("<Worker(Thread-1, stopped"))
