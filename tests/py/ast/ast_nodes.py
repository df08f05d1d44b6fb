# The node classes: names, bases, _fields, _attributes, defaults of optional fields,
# construction, isinstance against the abstract classes.
import ast

for name in ["Module", "FunctionDef", "ClassDef", "Assign", "AnnAssign", "ImportFrom", "Expr",
             "BinOp", "Constant", "Name", "Call", "JoinedStr", "FormattedValue", "Slice",
             "comprehension", "arguments", "arg", "keyword", "alias", "withitem", "match_case",
             "MatchAs", "MatchMapping", "ExceptHandler", "TypeIgnore", "Load", "Add", "Eq"]:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls._attributes)
for cls, field in [(ast.FunctionDef, "returns"), (ast.Constant, "kind"), (ast.ImportFrom, "level"),
                   (ast.MatchAs, "name"), (ast.arguments, "vararg"), (ast.Name, "end_lineno")]:
    print(cls.__name__, field, getattr(cls, field, "unset"))
n = ast.Name("x", ast.Load(), lineno=3, col_offset=1)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno)
print(ast.dump(n, include_attributes=True))
b = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
t = ast.parse("x = 1\ny = x")
print(isinstance(t, ast.mod), isinstance(t.body[0], ast.stmt), isinstance(t.body[0].value, ast.expr))
print(isinstance(t.body[0].targets[0].ctx, ast.expr_context), isinstance(t.body[1].value.ctx, ast.Load))
print(ast.Load.__module__, ast.AST.__name__)
