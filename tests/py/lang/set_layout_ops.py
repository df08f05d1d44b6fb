# Sets and dict views built by every operator and method iterate in CPython's order (the
# goldens run with PYTHONHASHSEED=0, whose str hashes gopy reproduces): layouts after
# adds, discards, dummy reuse, resizes, and the view operators' step-by-step algorithms.
class R:
    x = 12345
    def r(self, n):
        R.x = (R.x * 1103515245 + 12345) % 2**31
        return R.x % n
    def randint(self, a, b):
        return a + self.r(b - a + 1)
    def sample(self, pop, k):
        pop = list(pop)
        out = []
        for _ in range(min(k, len(pop))):
            out.append(pop.pop(self.r(len(pop))))
        return out
random = R()
words = ["w%d" % i for i in range(40)] + list(range(30)) + [(1, i) for i in range(10)] + ["é", "€", "x😀"]
print([hash(w) for w in ["", "a", "w1", "é", "€", "x😀", b"", b"ab", "hello world, longer than 16"]])
for trial in range(25):
    a = {k: 1 for k in random.sample(words, random.randint(0, 25))}
    b = {k: 2 for k in random.sample(words, random.randint(0, 25))}
    s = set(random.sample(words, random.randint(0, 20)))
    t = frozenset(random.sample(words, random.randint(0, 30)))
    l = random.sample(words, random.randint(0, 10))
    print(a.keys() | b.keys(), a.keys() & b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
    print(a.keys() | s, s | a.keys(), a.keys() & s, s & a.keys(), a.keys() - s, s - a.keys(), a.keys() ^ s, s ^ a.keys())
    print(a.keys() | l, l | a.keys(), a.keys() & l, l & a.keys(), a.keys() - l, l - a.keys(), a.keys() ^ l, l ^ a.keys())
    print(a.items() & b.items(), a.items() | {("w1", 1)}, a.items() - b.items())
    print(s | t, t | s, s & t, t & s, s - t, t - s, s ^ t, t ^ s)
    print(s.union(l, a), s.intersection(l), s.difference(l, b), s.symmetric_difference(l), s.symmetric_difference(b))
    u = set(s)
    for k in l:
        if k in u:
            u.discard(k)
        else:
            u.add(k)
    print(u)
    u -= t
    print(u)
    u |= b.keys()
    u ^= set(l)
    u &= set(words[::2]) | set(l)
    print(u, set(a), set(a.items()), {k for k in l})
    u.difference_update(l[:3])
    u.symmetric_difference_update(a)
    u.update(l)
    print(u)
