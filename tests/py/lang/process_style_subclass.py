# The pattern multiprocessing scripts use on Process, on a plain Python base class.
class Worker:
    def __init__(self, name=None):
        self.name = name or "Worker-1"
        self.started = False
    def start(self):
        self.started = True
        self.run()
    def run(self):
        print("base run")
class Job(Worker):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print("job", self.name, self.n)
j = Job(3)
j.start()
print(j.started, j.n, isinstance(j, Worker))
class Quiet(Job):
    def run(self):
        super().run()
        print("quiet done")
Quiet(4).start()
