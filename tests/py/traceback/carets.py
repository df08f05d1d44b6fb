# The caret lines (~~~^^^) CPython 3.11 draws under traceback source lines: which
# expression failed, operators and subscripts anchored, nothing when the whole line failed.
import re
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = traceback.format_exc()
        print(re.sub(r'File "[^"]*[/\\]', 'File "', text))


def subscript(d):
    return d["key"] + 1


def division(x):
    y = x * 2
    return   1 / (y - y)


def mixed(items):
    return len(items) + items[3]


class A:
    pass


def nested():
    x = {"a": {"b": [1]}}
    return x["a"]["b"][7]


def call():
    return int("zz")


def whole():
    raise ValueError("v")


def add(a, b):
    return a+b


def parens(a, b):
    return (a) * (b)


def unicode_names(é):
    return é["ключ"]


show(subscript, {})
show(division, 3)
show(mixed, [1])
show(lambda: A().missing)
show(lambda: undefined_name)
show(lambda: [1, 2][
    5])
show(nested)
show(call)
show(whole)
show(add, 1, "x")
show(lambda: add(1,
    "y"))
show(parens, [1], "s")
show(unicode_names, {})
show(lambda: {}["字"])
try:
    division(1)
except Exception as e:
    for entry in traceback.format_tb(e.__traceback__):
        print(re.sub(r'File "[^"]*[/\\]', 'File "', entry), end="")
    for entry in traceback.extract_tb(e.__traceback__).format():
        print(re.sub(r'File "[^"]*[/\\]', 'File "', entry), end="")
division(5)
