from multiprocessing import Process

class Worker(Process):
    def __init__(self, n, label="w"):
        super().__init__()
        self.n = n
        self.label = label

    def run(self):
        print("running", self.label, self.n, self.name)

if __name__ == "__main__":
    w = Worker(3, label="three")
    print(isinstance(w, Process), w.name, w.n)
    w.start()
    w.join()
    print("exitcode", w.exitcode)
