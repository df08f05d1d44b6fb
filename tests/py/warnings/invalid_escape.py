# The DeprecationWarning of invalid escape sequences in str, bytes and f-string literals:
# file name and line of the string, one per literal piece, through the warnings filters;
# a SyntaxError at the string when the filters make it an error (also with -W).
import os
import subprocess
import sys
import tempfile
import warnings
warnings.simplefilter("always")
exec(compile('a = "\\d"\nb = "\\d"', "f.py", "exec"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    compile('a = "\\d"\nb = "\\d"', "h.py", "exec")
    compile('a = "\\d"\nb = "\\d"', "h.py", "exec")
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
warnings.simplefilter("error")
for src in ('a = "\\d"', 'a = f"\\d{x}"', 'a = """\n\n  \\d"""', "a = b'\\z'", 'a = "\\8"', 'a = "\\777"', 'a = r"\\d"', 'a = "\\N{BULLET} \\8"'):
    try:
        compile(src, "g.py", "exec")
        print("ok")
    except SyntaxError as e: print("SE", e, e.lineno, e.offset, e.end_offset, e.filename, repr(e.text))
    except Exception as e: print(type(e).__name__, e)
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    compile('a = "\\777"\nb="\\8"\nc=b"\\777"', "h.py", "exec")
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
def rec(src, fn="m.py"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, fn, "exec")
        except SyntaxError as e:
            print("SE", e)
        print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
rec('a = "\\é"')
rec('a = "\\d\\w" "\\q"\nb = f"{1}\\d{2}\\w"')
rec('a = "\\\n\\d"')
rec('def f():\n    """Doc \\s."""\n')
rec('a = b"\\400" + "\\400" + "\\1234"')
rec('a = rb"\\d" + Rb"\\d" + r"\\d" + u"\\d"')
rec('x = 1 +\n  "\\d"', "<string>")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    exec('x = "\\d"')
    exec('x = "\\d"')
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    exec('x = "\\d"')
    exec('y = "\\d"')
    print(len(w))
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="invalid escape", category=DeprecationWarning)
    try:
        eval('"\\d"')
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, e.end_offset)
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        import ast; ast.parse('"\\d"')
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, e.end_offset)

# the command line's -W option and the default filters, on a script and a module it imports
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "main.py"), "w") as f:
        f.write('x = "\\d"\nprint(x)\ny = b"\\q"\nimport other\n')
    with open(os.path.join(d, "other.py"), "w") as f:
        f.write('z = "\\w"\n')
    for opts in ([], ["-W", "always"], ["-W", "error"], ["-W", "error::DeprecationWarning:other"]):
        r = subprocess.run([sys.executable] + opts + ["main.py"], cwd=d, capture_output=True, text=True,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
        print(opts, r.returncode, repr(r.stdout))
        print(r.stderr.replace(d + os.sep, "").replace(d, "."))
