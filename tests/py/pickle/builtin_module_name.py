# Builtin functions and builtin types by reference at protocol 4: CPython's len.__module__
# is another string object than int.__module__, so the memo shares 'builtins' among the
# functions and among the types, not between them.
import pickle

for v in [[len, int], [len, abs, int, str, ValueError, print], [int, len, abs, dict],
          [KeyError, OSError, max, min, type(None)], (len, (int, (abs,)))]:
    for p in range(6):
        data = pickle.dumps(v, p)
        print(p, data, pickle.loads(data) == v)
