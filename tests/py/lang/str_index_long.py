# Indexing, slicing and len of long strs (whose code point offsets gopy caches) and short
# ones, ASCII and not, agree with CPython, errors included; a loop over s[i] of a long str
# finishes (it was quadratic).
a = "abcdefghij" * 100_000
n = 0
for i in range(len(a)):
    if a[i] == "j":
        n += 1
print(len(a), n, a[-1], a[999_999], a[123_456:123_470], a[-5:], a[5:2], len(a[::3]), a[::-250_000])
u = ("aé€\U0001f600" + "x" * 60) * 1000
print(len(u), u[0], u[1], u[2], u[3], u[4], u[64], u[65], u[-61], u[-60], u[64 * 500 + 3])
print(u[1:5], u[60:70], u[-70:-58], len(u[3:-3]), u[5:1], u[::-1][:4], u[1:200:64])
print(u.find("\U0001f600", 10), u.find("é", 64), u.rfind("€"), u.index("x", 1000), u.count("\U0001f600"))
count = sum(1 for i in range(0, len(u), 7) if u[i] in "é€\U0001f600")
print(count, "".join(u[i] for i in range(0, 200, 13)))
for s in (a, u, "short", "héllo"):
    for key in (len(s), -len(s) - 1, 10**20, -(10**20)):
        try:
            s[key]
        except IndexError as e:
            print(type(e).__name__, e)
    for key in ("x", 1.5, None):
        try:
            s[key]
        except TypeError as e:
            print(type(e).__name__, e)
    print(s[len(s) - 1], s[-len(s)], s[1:10**9][:3], s[-10**9:2], s[True])
class Ix:
    def __init__(self):
        self.calls = 0
    def __index__(self):
        self.calls += 1
        return 3
ix = Ix()
print(a[ix], a[ix:ix], u[ix:8], ix.calls)
print(list(u[:6]), [c for c in a[:5]], "".join(reversed(u[:5])))
import re
text = "word " * 200_000
pat = re.compile(r"\w+")
pos = found = 0
while m := pat.search(text, pos):
    found += 1
    pos = m.end()
print(found, pos)
