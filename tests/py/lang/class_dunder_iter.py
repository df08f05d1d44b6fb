# __iter__/__next__ inherited; the iterator protocol and the __getitem__ fallback.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
class Slow(Countdown):
    pass
print(list(Slow(3)))
it = iter(Slow(2))
print(next(it), next(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq())
class Gen:
    def __iter__(self):
        yield "a"
        yield "b"
class SubGen(Gen):
    pass
print(list(SubGen()), sorted(SubGen(), reverse=True))
try:
    next(Gen())
except TypeError as e:
    print("TypeError:", e)
