"""tomllib: valid documents of every value type, parsed as CPython parses them."""
import tomllib, math, os, tempfile

with open("sample.toml", "rb") as f:
    data = tomllib.load(f)

for k, v in data.items():
    print(repr(k), type(v).__name__, repr(v))
print(data["odt1"].tzinfo, data["odt2"].utcoffset(), data["odt5"].tzinfo, data["odt6"].tzinfo is not None)
print(math.isnan(data["sf4"]), math.copysign(1, data["flt9"]), math.copysign(1, data["sf6"]) if False else "")

# CRLF line ends are read as LF, also inside strings
print(tomllib.loads('a = """x\r\ny"""\r\nb = 1\r\n'))
print(tomllib.loads(""))
print(tomllib.loads("   \n\t\n# only comments\n"))
print(tomllib.loads("a=1"), tomllib.loads("a = 1 # no newline at end"))
print(tomllib.loads("x = \"\"\"a\\\n\n\n   b\"\"\""))
print(tomllib.loads("x = '''a\\b'''"))

# parse_float hooks
from decimal import Decimal
print(tomllib.loads("a = 1.5\nb = 1e3\nc = 1_0.2_5\nd = inf\ne = -nan\nf = 2", parse_float=Decimal))
print(tomllib.loads("a = [0.1, 2.5e1]", parse_float=lambda s: "<" + s + ">"))
for bad in (lambda s: {}, lambda s: [s]):
    try:
        tomllib.loads("a = 1.0", parse_float=bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("a = 1.x", parse_float=int)
except Exception as e:
    print(type(e).__name__, e)

# load: binary files only
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "pyproject.toml")
with open(path, "wb") as f:
    f.write('[project]\nname = "démo"\nversion = "0.1"\ndependencies = ["a>=1", "b"]\n'.encode())
with open(path, "rb") as f:
    print(tomllib.load(f))
with open(path, "rb") as f:
    print(tomllib.load(f, parse_float=str))
with open(path) as f:
    try:
        tomllib.load(f)
    except TypeError as e:
        print("TypeError", e)
os.remove(path)
os.rmdir(tmp)

print(sorted(tomllib.__all__), issubclass(tomllib.TOMLDecodeError, ValueError))
print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__name__)
for args, kw in [((), {"s": "a=1"}), ((b"a=1",), {}), ((1,), {}), (("a=1", float), {})]:
    try:
        tomllib.loads(*args, **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
