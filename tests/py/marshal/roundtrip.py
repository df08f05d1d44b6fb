# marshal: values round trip, bytes CPython wrote load, code objects written and read back
# run (the format of code is each interpreter's own), errors as CPython's.
import marshal, io

values = [None, True, False, 0, -1, 2**31 - 1, 2**31, -2**63, 2**100, 1.5, -0.0, float("inf"),
          2j, "", "ascii", "é" * 300, b"", b"\x00\xff", (), (1, "a"), tuple(range(300)), [1, [2]],
          {"a": 1, 2: (3,)}, {1, 2}, frozenset({"x"}), ..., StopIteration]
for v in values:
    for version in range(marshal.version + 1):
        back = marshal.loads(marshal.dumps(v, version))
        assert back == v and type(back) is type(v), (v, version, back)
print("values ok", len(values), marshal.version)
shared = ["x"]
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair, pair[0] is pair[1])
print(marshal.loads(marshal.dumps((shared, shared), 2))[0] is shared)
loop = []
loop.append(loop)
back = marshal.loads(marshal.dumps(loop))
print(back[0] is back)

# written by CPython 3.11's marshal.dumps((1, 'ab', [1.5], {'k': None}, {1}, 2**70, 1j))
print(marshal.loads(b')\x07\xe9\x01\x00\x00\x00\xda\x02ab[\x01\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xf8?{\xda\x01kN0<\x01\x00\x00\x00r\x00\x00\x00\x00l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\xf9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?'))

src = '''
def fib(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out
def gen(k):
    total = yield from range(k)
    return total
print(fib(10), list(gen(3)), [x * y for x in (1, 2) for y in (3, 4)], f"{1 / 4!r:>6}")
'''
code = marshal.loads(marshal.dumps(compile(src, "<marshalled>", "exec")))
print(type(code).__name__, code.co_filename)
exec(code)

f = io.BytesIO()
marshal.dump([1, 2], f)
marshal.dump("second", f)
f.seek(0)
print(marshal.load(f), marshal.load(f))

for bad in (b"", b"i\x01", b"Q", b"0", b"r\x00\x00\x00\x00", b"s\xff\xff\xff\xff"):
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: marshal.dumps(object()), lambda: marshal.dumps(), lambda: marshal.loads("x"),
             lambda: marshal.dumps(1, version=2), lambda: marshal.load(io.BytesIO(b"i\x01"))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
