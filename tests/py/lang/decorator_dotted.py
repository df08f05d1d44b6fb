class Registry:
    def __init__(self):
        self.names = []
    def add(self, f):
        self.names.append(f.__name__)
        return f
    def named(self, name):
        def deco(f):
            self.names.append(name)
            return f
        return deco

class Holder:
    reg = Registry()

@Holder.reg.add
def one():
    return 1

@Holder.reg.named('second')
def two():
    return 2

print(Holder.reg.names, one(), two())
