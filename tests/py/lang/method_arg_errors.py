# Wrong argument counts give CPython's messages.
calls = [lambda: {}.keys(1), lambda: [].append(), lambda: 'a'.upper(1), lambda: set().add(), lambda: 'a'.join(),
         lambda: [].copy(1), lambda: {}.copy(1), lambda: ''.split(1, 2, 3), lambda: [].index(), lambda: ().count(),
         lambda: set().union(x=1), lambda: {}.get(), lambda: {}.pop(), lambda: [].sort(1), lambda: [].insert(1),
         lambda: frozenset().issubset(), lambda: b''.decode(1, 2, 3), lambda: 'x'.startswith()]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
