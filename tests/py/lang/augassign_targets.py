class Box:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]

b = Box()
b.n += 5
b.n *= 2
b.items[0] += 10
b.items[1] -= 1
print(b.n, b.items)
d = {'k': 1}
d['k'] <<= 3
d['new'] = d.get('new', 0) + 1
print(d)
calls = []
def key():
    calls.append('key')
    return 'k'
d[key()] += 1
print(d, calls)
s = 'a'
s += 'b'
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias)
x = 10
x //= 3
x **= 2
x -= 1
x |= 16
x ^= 1
x &= 0xff
x >>= 1
print(x)
