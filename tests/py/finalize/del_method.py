# A class's __del__ runs where CPython drops the last reference: when the function whose
# local it was returns, at `del`, when a caller drops what a factory returned, and at exit
# for what is still alive.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def local_only():
    a = Noisy("first local")
    b = Noisy("second local")
    print("local_only returns")


local_only()
print("after local_only")

x = Noisy("global x")
del x
print("after del x")


def make(name):
    return Noisy(name)


def use_factory():
    obj = make("made by factory")
    print("use_factory has", obj.name)


use_factory()
print("after use_factory")


def del_inside():
    n = Noisy("deleted inside")
    del n
    print("del_inside continues")


del_inside()


def escapes():
    keep = Noisy("kept in a list")
    return [keep]


kept = escapes()
print("kept", kept[0].name)
del kept
print("after del kept")


class Holder:
    def __init__(self):
        self.part = Noisy("held part")

    def __del__(self):
        print("__del__ Holder, part still", self.part.name)


def nested():
    h = Holder()


nested()
print("after nested")


class Resurrect:
    saved = []

    def __del__(self):
        print("__del__ Resurrect once")
        Resurrect.saved.append(self)


def resurrect():
    r = Resurrect()


resurrect()
print("saved", len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")

survivor = Noisy("alive at exit")
print("end of script")
