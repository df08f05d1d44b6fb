# ast.unparse: statements and expressions of every kind, quotes and escapes, f-strings,
# precedence, patterns, and the errors of malformed trees, as CPython 3.11 writes them.
import ast
src = '''
"""Doc."""
import os, sys as s
from .. import x as y
@dec(1)
class C(B, metaclass=M):
    """Class doc\\n with 'quotes' and \\"\\"\\" """
    x: int = 1
    def f(self, a, /, b=2, *args, c, d=4, **kw) -> int:
        return (yield a) + b ** -c ** 2
    async def g(self):
        async with a as (b, c), d:
            await x
        async for i in y:
            pass
def h():
    global q
    try:
        pass
    except* (A, B) as e:
        raise X from e
    else:
        pass
    finally:
        del a[1:2, ::3], b.c
x = [i for i in range(3) if i if not i]
y = {k: v for k, v in d.items()}, {*a, *b}, {**a, 'b': 1}, (lambda: 1), lambda x, *y: x
z = f"{a!r:>{w}} {b=} \\n {'q'}" f'{x}'
if a:
    pass
elif b:
    pass
else:
    c = -1 if not a else (a := 3)
match p:
    case [1, *r] | {'k': v, **kw}:
        pass
    case C(a, b=c) if a > 1:
        pass
    case (1 | 2) as z:
        pass
    case -1+2j | None | "s":
        pass
while x < y <= z is not None:
    x += 1
    break
else:
    continue
with open(f) as g: print(g, sep='', **k)
assert x, "m"
print((1).real, 1 .real, 1.5.real, ~x, not x, -x ** 2, (-x) ** 2, a or b and c, (a or b) and c)
print(1e400, -1e400, 1j*1e400, ..., b'x\\n', 'a\\tb', '\\'"')
t = ()
t = 1,
a[()] = a[1,] = a[1:2] = 3
'''
print(ast.unparse(ast.parse(src)))
print(ast.unparse(ast.parse("x = 1", mode="single")))
print(ast.unparse(ast.parse("(a, *b)", mode="eval")))
print(ast.unparse(ast.Name('x')))
print(ast.unparse(ast.parse('f"{x:{y}}" f"\\n"').body[0]))
print(ast.unparse(ast.parse('f"{chr(10)!a}" "\\\'\\"" f\'\'\'"""{1}\'\'\'')))

def show(node):
    try:
        print(repr(ast.unparse(node)))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
show(ast.Interactive(body=[ast.Pass(), ast.Expr(ast.Name('x'))]))
show(ast.Expression(ast.Name('y')))
show('x')
show(ast.Load())
show(ast.Raise(exc=None, cause=ast.Name('c')))
show(ast.YieldFrom(value=None))
show(ast.MatchMapping(keys=[ast.Constant(1)], patterns=[]))
show(ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]))
show(ast.JoinedStr([ast.Name('x')]))
show(ast.Constant(float('nan')))
show(ast.Constant(complex(float('inf'), -0.0)))
show(ast.Constant((1, 'a', (2.5,))))
show(ast.Set([]))
show(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [ast.Expr(ast.Constant('doc "q"'))], [], None)], []))
show(ast.parse('def f():\n    """"quoted"\n\tdoc\\\\ """\n    return'))
show(ast.parse('x = "\'\\"\'\'\'\\"\\"\\"\\n"'))
show(ast.parse('f"{x!r}" + f"{\'a\'}{\'b\'}" + f"{{}}{x:>{w}.{p}}"'))
show(ast.parse("f'''{a}\"'''"))
show(ast.parse('async def f():\n    return [await x async for x in y]'))
show(ast.parse('x = (yield)', mode='exec'))
show(ast.parse('del (a, b), [c]'))
show(ast.parse('for (a, b) in c: pass'))
show(ast.parse('print(*a, *(b or c), **d)'))
show(ast.parse('(a if b else c) if (d if e else f) else (g if h else i)'))
show(ast.parse('lambda: (yield)'))
show(ast.parse('x: "int"\n(y): int = 2\nz.a: int'))
show(ast.parse('from . import (a)\nfrom .m import *'))
