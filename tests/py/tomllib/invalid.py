"""tomllib: invalid documents, each with CPython's TOMLDecodeError message and position."""
import tomllib

BAD = [
    "a = ",
    "a",
    "a b = 1",
    "= 1",
    "a = 1 b = 2",
    "a = 1\na = 2",
    "a = 1\n  a.b = 2",
    "a = tru",
    "a = True",
    "a = falsey",
    "a = 'no end",
    "a = 'two\nlines'",
    'a = "no end',
    'a = "bad \\q escape"',
    'a = "\\u12"',
    'a = "\\uD800"',
    'a = "\\U00110000"',
    'a = "ctrl \x01 char"',
    'a = """\nfine\nbut \x7f"""',
    'a = """ \\  x """',
    'a = "x\\',
    "a = '''no end",
    "a = '''bad \x00'''",
    "a = 1 # comment \x00 here",
    "# comment \x1b\na = 1",
    "a = 0x",
    "a = 01",
    "a = 1__0",
    "a = 1_",
    "a = _1",
    "a = 1.",
    "a = .5",
    "a = 1e",
    "a = 1.5e+",
    "a = +0x10",
    "a = 0b102",
    "a = infinity",
    "a = NaN",
    "a = 2021-02-30",
    "a = 2021-13-01",
    "a = 1979-05-27T25:00:00",
    "a = 1979-05-27T07:32:00+24:00",
    "a = 1979-05-27T07:32",
    "a = 0000-01-01T00:00:00",
    "a = 24:00:00",
    "a = 07:32",
    "a = [1, 2",
    "a = [1 2]",
    "a = [,]",
    "a = [1,,2]",
    "a = { b = 1",
    "a = { b = 1, }",
    "a = { b = 1\n}",
    "a = {\nb = 1}",
    "a = { b = 1, b = 2 }",
    "a = { b = 1, b.c = 2 }",
    "a = { b = {c = 1}, b.d = 2 }",
    "a = { b = [1], b.c = 2 }",
    "[a]\n[a]",
    "[a\nb = 1",
    "[[a]\nb = 1",
    "[a]]",
    "[]",
    "[[]]",
    "[ [a]]",
    "a = 1\n[a]",
    "a = 1\n[[a]]",
    "a = [1]\n[[a]]",
    "a = {b = 1}\n[a]",
    "a = {b = 1}\n[a.c]",
    "a = {b = 1}\na.c = 2",
    "[a]\nb = 1\n[a.b]",
    "[a.b]\n[a]\nb = 2",
    "[a]\nb.c = 1\n[a.b]",
    "a.b = 1\n[a.b]",
    "[a.b.c]\n[a]\nb.c.d = 1",
    "[[a]]\n[a]",
    "[a]\n[[a]]",
    "[[a.b]]\n[a]\nb = 1",
    "a = [{b = 1}]\n[a.c]",
    "a = 1\n}",
    "\n\n  @ = 1",
    "a = \"ok\" junk",
    "a = 1\r\nb = \r\n",
    "a = 1\rb = 2",
    "a.'b.c'.\"d\" = 1\na.'b.c'.\"d\" = 2",
    "[a.\"b\"\n",
    'a = """\\u00e"""',
    "a = 'x' 'y'",
]

for doc in BAD:
    try:
        result = tomllib.loads(doc)
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
    else:
        print(repr(doc), "parsed", result)

# The exception chained from a bad calendar date.
try:
    tomllib.loads("d = 2023-02-29")
except tomllib.TOMLDecodeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.args)

# An uncaught error reports the class by its module.
tomllib.loads("x = [1,\n 2,\n 3 4]")
