# KeyError's str is the repr of its key.
for k in ("name", 1, ("a", 1), None):
    e = KeyError(k)
    print(str(e), repr(e))
print(str(KeyError()), str(KeyError("a", "b")))
try:
    raise KeyError("missing")
except LookupError as e:
    print("caught:", e, e.args[0])
