# An instance of a class defined inside a function as a Process argument: spawn cannot
# pickle a local class.
import multiprocessing as mp

def make():
    class Local:
        def __init__(self, v):
            self.v = v
    return Local(42)

def show(obj):
    print(type(obj).__name__, obj.v)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=show, args=(make(),))
    try:
        p.start()
        p.join()
    except Exception as e:
        print(type(e).__name__, e)
