# ast.parse in every mode and ast.dump with its options, on sources that use the syntax
# of Python 3.11 (walrus, positional-only parameters, match, except*, f-strings, async).
import ast

sources = [
    "x = f(a, *b, k=1, **d)",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return (y := a @ b)\n",
    "async def g():\n    async with a as b:\n        await b\n    async for i in c:\n        yield i\n",
    "match p:\n    case Point(x=0, y=yy) if yy > 1:\n        pass\n    case [1, *rest] | {'k': _, **kw}:\n        pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    raise\n",
    "s = f'{a!r:>{w}} and {b=}' 'tail'",
    "[x for x in range(3) if x]\n{k: v for k, v in d}\n(g for g in h)\n{*a, *b}",
    "del a[0], b.c\nglobal q\nimport os.path as p\nfrom . import (m, n as o)",
    "lambda *, k=1: k\nx = a if b else c\ny = not a < b <= c",
]
for src in sources:
    tree = ast.parse(src)
    print(ast.dump(tree))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("f(a, b=1)"), annotate_fields=False))
print(ast.dump(ast.parse("if x:\n    y = [1, 2]\n"), indent=4))
print(ast.dump(ast.parse("if x:\n    y = [1, 2]\n"), indent="--", include_attributes=True))
print(ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'")))
print(ast.dump(ast.parse("é = 'ﬁ'")))
