# A closure and a lambda as target or argument, and a bound method as target: spawn
# pickles them by reference, so the first two fail in the parent.
import multiprocessing as mp

class Greeter:
    def __init__(self, word):
        self.word = word
    def greet(self, name):
        print(self.word, name)

def make_adder(n):
    def add(x):
        print("add", x + n)
    return add

def apply(f, x):
    f(x)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    g = Greeter("hello")
    for target, args in ((g.greet, ("bound",)), (make_adder(5), (1,)), (apply, (lambda x: print("lambda", x), 2))):
        p = mp.Process(target=target, args=args)
        try:
            p.start()
            p.join()
            print("exitcode", p.exitcode)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
