# compile(..., 'single'): expression statements go through sys.displayhook (builtins._, repr
# to sys.stdout), as the interactive prompt's; sys.__displayhook__ and its errors.
import sys, builtins, io
code = compile("1 + 1", "<s>", "single")
exec(code)
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
exec(compile("'a'\n", "<s>", "single"))
ns = {}
exec(compile("if 1:\n    5 * 3\n", "<s>", "single"), ns)
print("_" in ns, builtins._)
old = sys.stdout
sys.stdout = buf = io.StringIO()
exec(compile("[1, 2]", "<s>", "single"))
sys.stdout = old
print(repr(buf.getvalue()))
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("42", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print(builtins._)
del sys.displayhook
try:
    exec(compile("7", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
sys.__displayhook__(3)
sys.__displayhook__(None)
print(builtins._)
try:
    sys.displayhook()
except TypeError as e:
    print("TypeError", e)
sys.stdout = None
try:
    sys.__displayhook__(1)
except RuntimeError as e:
    sys.stdout = old
    print("RuntimeError", e)
exec(compile("for i in range(2): i", "<s>", "single"))
exec(compile("def f(): 1\nf()\n", "<s>", "exec"))
