from multiprocessing import Process

class Job(Process):
    pass

def hello():
    print("hello from", "job")

if __name__ == "__main__":
    j = Job(target=hello)
    print(j.name)
    j.start()
    j.join()
    print(j.exitcode, type(j).__name__)
