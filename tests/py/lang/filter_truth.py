# filter() tests items (or its function's results) with Python's truth: b"" is false.
print(list(filter(None, [b"", b"x", 0, 1, "", "a", [], [0]])))
print(list(filter(lambda x: x, [b"", b"y"])), list(filter(bool, [b"", b"z"])))
print(list(filter(len, ["", "ab"])))
try:
    list(filter(5, [1]))
except TypeError as e:
    print(e)
print(type(filter(None, [])).__name__)
