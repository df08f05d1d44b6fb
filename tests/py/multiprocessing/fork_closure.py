# A closure and a lambda as target or argument, and a bound method as target: a forked
# child has them as they are in the parent (the same objects, the same cells).
import multiprocessing as mp

class Greeter:
    def __init__(self, word):
        self.word = word
    def greet(self, name):
        print(self.word, name, self is g)

def make_counter(start):
    count = [start]
    def step(n):
        count[0] += n
        print("step", count[0], step.__name__, step.__qualname__)
        return step
    return step

def apply(f, x):
    print("apply", f(x))

if __name__ == "__main__":
    g = Greeter("hello")
    stepper = make_counter(100)
    stepper(1)
    square = lambda x: x * x
    for target, args in ((g.greet, ("bound",)), (stepper, (5,)), (apply, (square, 7)),
                         (lambda: print("bare lambda", square(3)), ())):
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print("exitcode", p.exitcode)
    stepper(1)
