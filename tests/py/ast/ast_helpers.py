# literal_eval, walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer,
# copy_location, fix_missing_locations, increment_lineno, get_docstring.
import ast

for s in ["1", "-2.5", "1+2j", "-1-3j", "'a' 'b'", "b'x'", "(1, [2, {3: 4}], {5})", "set()", "None",
          "True", "...", "  [1,\n2]"]:
    print(repr(s), repr(ast.literal_eval(s)))
for s in ["x", "1 + x", "f()", "[1, 2][0]", "{1: 2}[1]", "2 ** 3"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(repr(s), "ValueError:", str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.parse("(1, 2)", mode="eval")))

tree = ast.parse("def f(a):\n    '''Doc.\n\n       more.'''\n    return a + 1\n")
print([type(n).__name__ for n in ast.walk(tree)])
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree))
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    print("TypeError:", e)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


v = Names()
v.visit(ast.parse("a = b + c\nfor i in d: e(i)"))
print(v.seen)


class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.right, ast.Sub(), node.left), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return None
        return self.generic_visit(node)


t = Swap().visit(ast.parse("x = 1 + (2 + y)\n'drop me'\nz"))
print(ast.dump(t, include_attributes=True))
new = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("hi")], []))
m = ast.Module([new], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
ast.increment_lineno(m, 3)
print(new.lineno, new.value.lineno, new.end_lineno)
