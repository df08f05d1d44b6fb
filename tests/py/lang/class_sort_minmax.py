# sorted, min and max order user objects through __lt__ alone.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "V" + str(self.n)
class W(V):
    pass
print(sorted([W(3), W(1), W(2)]), sorted([W(1), W(2)], reverse=True))
print(min([W(3), W(1)]), max([W(3), W(5), W(4)]), min(W(2), W(0)))
