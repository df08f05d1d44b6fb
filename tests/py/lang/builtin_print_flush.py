# print(..., file=, flush=, sep=, end=) writes to any object with write/flush.
class W:
    def __init__(self):
        self.parts = []
        self.flushes = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1
w = W()
print('a', 1, 2.5, None, sep='|', end='!\n', file=w, flush=True)
print(file=w)
print('x', 'y', sep=None, end=None, file=w)
print(w.parts, w.flushes)
print('to stdout', 1e16, (1,), flush=True)
try:
    print('a', sep=1)
except TypeError as e:
    print('TypeError', e)
