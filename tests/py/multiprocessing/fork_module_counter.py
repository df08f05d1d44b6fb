# A module-level counter changed in the main guard before start(), and one changed at
# the top level: a forked child sees the values they have at start().
import multiprocessing as mp

counter = 0
top = "initial"
top = "changed at top level"

def show():
    print("child sees", counter, top)

if __name__ == "__main__":
    for i in range(3):
        counter += 1
    p = mp.Process(target=show)
    p.start()
    p.join()
    counter = 10
    p = mp.Process(target=show)
    p.start()
    p.join()
    print("parent has", counter)
