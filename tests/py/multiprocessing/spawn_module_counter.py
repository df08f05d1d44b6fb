# A module-level counter changed in the main guard before start(): a spawned child imports
# the main module again and sees its initial value.
import multiprocessing as mp

counter = 0

def show():
    print("child sees", counter)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    for i in range(3):
        counter += 1
    p = mp.Process(target=show)
    p.start()
    p.join()
    print("parent has", counter)
