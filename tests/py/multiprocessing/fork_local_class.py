# An instance of a class defined inside a function, and the class itself, as Process
# arguments: a forked child has the class (methods, class attributes, super()) as the
# parent made it.
import multiprocessing as mp

class Base:
    def describe(self):
        return "base"

def make(factor):
    class Local(Base):
        scale = factor
        def __init__(self, v):
            self.v = v
        def describe(self):
            return super().describe() + "+local " + str(self.v * self.scale)
        def __repr__(self):
            return "Local(%r)" % self.v
    return Local(42), Local

def show(obj, cls):
    print(type(obj).__name__, type(obj).__qualname__, obj.describe(), obj)
    print(isinstance(obj, cls), isinstance(obj, Base), cls(1).describe())

if __name__ == "__main__":
    obj, cls = make(2)
    p = mp.Process(target=show, args=(obj, cls))
    p.start()
    p.join()
    print(p.exitcode)
