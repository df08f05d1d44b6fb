# break, continue, return and yield inside except clauses.
def f(n):
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            if i == 3:
                continue
            if i == 5:
                break
            print("odd", i)
        else:
            print("even", i)
    return "done"
print(f(8))
def g():
    try:
        raise KeyError("k")
    except KeyError:
        return "returned from handler"
print(g())
def h():
    while True:
        try:
            raise KeyError
        except KeyError as e:
            break
    return "broke"
print(h())
i = 0
while i < 3:
    i += 1
    try:
        1 / 0
    except ZeroDivisionError:
        continue
print("loop", i)
def gen():
    for x in range(3):
        try:
            raise ValueError(x)
        except ValueError as e:
            yield e.args[0]
print(list(gen()))
try:
    raise KeyError(5)
except KeyError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
