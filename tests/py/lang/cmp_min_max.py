# min and max with key=, default= and their errors.
print(min(3, 1, 2), max('abc'), max([1, 5, 3], key=lambda x: -x), min(['aa', 'b'], key=len))
print(max([], default='empty'), min((), default=None), max([(1, 'a'), (1, 'b')], key=lambda p: p[0]))
print(max(x * x for x in range(-3, 2)))
for call in (lambda: min([]), lambda: max(), lambda: min(1, 2, default=0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
