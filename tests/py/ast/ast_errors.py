# ast.parse reports SyntaxError, IndentationError and TabError as CPython 3.11 does.
import ast

for src in ["f(a b)", "x = (1,", "if x:\npass", "def f(a=1, b): pass", "f() = 1", "x = 'abc",
            "if x:\n\ty\n        z", "print 'x'", "f'{x!z}'", "a = 1 +", "class A\n  pass",
            "x = {1: 1, 2 3}", "1abc", "lambda: (yield)"]:
    try:
        ast.parse(src)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    ast.parse("1 +", mode="eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="nope")
except ValueError as e:
    print("ValueError:", e)
