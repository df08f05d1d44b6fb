import multiprocessing
from multiprocessing import Process, current_process

def report():
    print("child sees", current_process().name)

if __name__ == "__main__":
    print(current_process().name)
    a = Process(target=report)
    b = Process(target=report, name="custom")
    print(a.name, b.name)
    a.start(); a.join()
    b.start(); b.join()
    c = Process(target=report)
    print(c.name)
    c.name = "renamed"
    c.start(); c.join()
