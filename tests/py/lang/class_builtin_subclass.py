# Subclasses of list and int keep the builtin behaviour and add their own.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(len(s), s.peek(), list(s), s[0], isinstance(s, list), isinstance(s, Stack))
s.push(4)
print(len(s), 2 in s, sum(s))
class Money(int):
    def cents(self):
        return int(self) * 100
m = Money(3)
print(m.cents(), m + 1, isinstance(m, int), type(m).__name__)
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("nums", (4, 5))
n.append(6)
print(n.name, list(n), len(n), n)
class Empty(list):
    def __init__(self):
        super().__init__()
        self.tag = "e"
e = Empty()
e.extend([1])
print(e.tag, e)
