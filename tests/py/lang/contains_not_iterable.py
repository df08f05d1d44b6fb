# "x in c" when c is neither a container nor iterable: CPython's "argument of type" message.
for c in [5, None, 1.5, object()]:
    try: print(1 in c)
    except TypeError as e: print(e)
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(2 in G(), 5 in G())
class I:
    def __iter__(self): return iter([7])
print(7 in I(), 1 not in I())
