# compile() of AST objects: parsed trees, trees changed by a NodeTransformer, trees
# built by hand with fix_missing_locations, every mode, PyCF_ONLY_AST.
import ast
import sys
import traceback

src = '''
def area(w, h=2, *rest, scale=1, **kw):
    return w * h * scale

total = 0
for i in range(4):
    total += area(i, 3)
print("total", total, [x * 2 for x in "ab"], {k: v for k, v in zip("xy", (1, 2))})
'''
tree = ast.parse(src, "<area>")
code = compile(tree, "<area>", "exec")
print(type(code).__name__, code.co_filename)
exec(code, {})


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node


tree = Doubler().visit(ast.parse(src))
exec(compile(tree, "<doubled>", "exec"), {})

# names rewritten to calls, new nodes without positions
class Loud(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "print":
            return ast.Name("shout", ast.Load())
        return node


tree = ast.fix_missing_locations(Loud().visit(ast.parse("print('a', 1)\nprint('b')")))
exec(compile(tree, "<loud>", "exec"), {"shout": lambda *a: print("LOUD", *a)})

# a module built by hand
call = ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                args=[ast.Constant("built"), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))],
                keywords=[ast.keyword(arg="sep", value=ast.Constant("|"))])
mod = ast.Module(body=[ast.Expr(call)], type_ignores=[])
exec(compile(ast.fix_missing_locations(mod), "<built>", "exec"))

# eval and single
expr = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
print(eval(compile(ast.parse("[a + 1 for a in range(3)]", mode="eval"), "<e>", "eval")))
sys.stdout.flush()  # gopy's mode "single" display does not go through sys.stdout yet
exec(compile(ast.parse("1 + 1", mode="single"), "<s>", "single"))
exec(compile(ast.fix_missing_locations(ast.Interactive(body=[ast.Expr(ast.Constant("shown"))])), "<s>", "single"))

# constants a parser never makes
t = ast.Expression(ast.Constant((1, (2, "x"), frozenset({3})), lineno=1, col_offset=0))
print(eval(compile(t, "<c>", "eval")))

# PyCF_ONLY_AST gives the tree; an AST object comes back as it is
t = compile("x = 1", "<o>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<o>", "exec", ast.PyCF_ONLY_AST) is t)
print(ast.dump(compile("(a, b)", "<o>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(compile("(int, str) -> None", "<o>", "func_type", ast.PyCF_ONLY_AST)))

# functions, classes, closures, generators and tracebacks from a compiled tree
src2 = '''
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
def outer():
    n = 5
    def inner():
        return n + 1
    return inner()
def gen():
    yield from range(3)
print(Box(4).get(), outer(), list(gen()))
def bad(d):
    return d["missing"] + 1
bad({})
'''
try:
    exec(compile(ast.parse(src2), "<src2>", "exec"), {"__name__": "m"})
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("KeyError", e, [(f.name, f.lineno) for f in tb[1:]])

# code compiled from a tree keeps the tree's line numbers
tree = ast.parse("a = 1\nb = 2\nc = a / 0")
ast.increment_lineno(tree, 10)
try:
    exec(compile(tree, "<lines>", "exec"), {})
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)
