"""tomllib: corner cases of keys, dates, numbers and nesting, as CPython reads them."""
import io, tomllib

DOCS = [
    "1234 = 1\ntrue = false\ninf = nan\n2001-01-01 = 'key'\n3.14159 = 'pi'\n-_- = 0",
    "a . b . 'c d' . \"e\\tf\" = 1",
    "t = 1979-05-27 # a date, then a comment",
    "t = 1979-05-27 07:32:00.1234567",
    "t = [1979-05-27T07:32:00-00:00, 1979-05-27T07:32:00+23:59, 00:00:00, 23:59:59.000001]",
    "t = [2024-02-29, 1979-05-27T07:32:00.0z]",
    "n = [-0x1]",
    "n = [0xffff_FFFF_ffff_ffff_ffff, 0o1_2, 0b1_0, 9_223_372_036_854_775_808, -1e-1_0]",
    "f = [1e0, 1E+0_1, 0.0, -0e0, 1_2.3_4e5_6]",
    "s = \"\\\\u0041 \\u0041 \\U00000041\"",
    "s = '''''' \nt = \"\"\"\"\"\" \nu = ''''a''''",
    "s = \"\"\"a\"b\"\"c\\\"\"\"\"\"\"",
    "s = \"\"\"\\\n\n\t  \\\n x\"\"\"",
    "arr = [\n  1, # one\n  # lone comment\n  2\n  ,3,\n]",
    "tbl = { a = 1 , 'b' = \"2\" , c . d = [ ] }",
    "[a]\nb.c = 1\nb.d = 2\n[a.e]\n",
    "[[x]]\n[x.y]\nz = 1\n[[x]]\n[x.y]\nz = 2",
    "[[x]]\n[[x.y]]\n[x.y.z]\n[[x.y]]\n[x.y.z]",
    "a.b.c = 1\na.b.d = 2\n[x]\n[x.y]\n",
    "[x.y]\n[x]\n",
    "[ x . y ]\n[ x ]\n",
    "k = \"\u00e9\u4e2d\U0001F600\" # unicode \u00e9",
    "a = 1\t\t# tab before comment\n\t\n",
]
for doc in DOCS:
    try:
        print(repr(tomllib.loads(doc)))
    except tomllib.TOMLDecodeError as e:
        print("error:", e)

d = tomllib.loads("a = 2000-01-01T00:00:00+05:00\nb = 2001-01-01T00:00:00+05:00\nc = 2000-01-01T00:00:00-05:00")
print(d["a"].tzinfo is d["b"].tzinfo, d["a"].tzinfo == d["c"].tzinfo, d["a"] - d["c"])

seen = []
def hook(text):
    seen.append(text)
    return len(seen)
print(tomllib.loads("a = [1.0, inf, -nan, 2e3, 3, 1_0.0_1]", parse_float=hook), seen)

class S(str):
    pass
print(tomllib.loads(S("a = 1")))

try:
    tomllib.load(io.BytesIO(b"a = '\xff'"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(tomllib.load(io.BytesIO("a = 'ü'\r\n".encode())))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)

for n in (300, 5000):
    for doc in ("a = " + "[" * n + "]" * n, "a = " + "{b = " * n + "1" + "}" * n):
        try:
            tomllib.loads(doc)
            print(n, "parsed")
        except RecursionError:
            print(n, "RecursionError")
