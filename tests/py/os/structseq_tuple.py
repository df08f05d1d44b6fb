# Struct sequences are tuples: isinstance, tuple(), unpacking, ordering, hashing, pickling.
import os
st = os.stat(".")
print(isinstance(st, tuple), issubclass(os.stat_result, tuple), type(st).__mro__)
print(tuple(st) == st, list(st)[:1] == [st.st_mode], len(st), st[0] == st.st_mode, hash(st) == hash(tuple(st)))
print(st.count(st[0]) >= 1, st.index(st[0]), sorted([os.terminal_size((2, 1)), os.terminal_size((1, 2))]))
print("{0}".format(os.terminal_size((1, 2))), str(os.terminal_size((1, 2))))
a, b = os.terminal_size((3, 4))
print(a, b, max(os.terminal_size((3, 4))), sum(os.terminal_size((3, 4))), {os.terminal_size((3, 4)): 1})
print(set(os.terminal_size((3, 3))))
import pickle
print(pickle.loads(pickle.dumps(os.terminal_size((3, 4)))))
print(repr(os.uname()).split("(")[0], os.terminal_size((3, 4)) == (3, 4), (3, 4) == os.terminal_size((3, 4)))
