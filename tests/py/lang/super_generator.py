# super inside generator methods and in __init__ of a three-level hierarchy.
class Reader:
    def __init__(self, lines):
        self.lines = lines
    def records(self):
        for line in self.lines:
            yield line.strip()
class Upper(Reader):
    def records(self):
        for r in super(Upper, self).records():
            yield "<" + r + ">"
class Numbered(Upper):
    def records(self):
        n = 0
        for r in super(Numbered, self).records():
            n += 1
            yield str(n) + r
print(list(Numbered([" a ", "b "]).records()))
gen = Numbered(["x"]).records()
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("stop")
