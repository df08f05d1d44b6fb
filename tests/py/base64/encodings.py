# base64: every encoding (base64 with alternative alphabets, base32 and base32hex with
# casefold and map01, base16, Ascii85 with its options, base85), the legacy line
# interface, and CPython's errors.
import base64
import io


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


data = bytes(range(256))
for expr in [
    "base64.b64encode(b'\\xfb\\xff\\xfe')", "base64.b64encode(b'\\xfb\\xff', altchars=b'-_')", "base64.b64encode(b'x', b'+')", "base64.b64encode('x')",
    "base64.b64decode('+/+/')", "base64.b64decode(b'-_-_', altchars=b'-_')", "base64.b64decode(b'YW Jj', validate=True)", "base64.b64decode(b'YW Jj')", "base64.b64decode(b'YWJ')",
    "base64.b64decode('ü')", "base64.b64decode(5)", "base64.b64decode(memoryview(b'YWJj'))", "base64.b64decode(bytearray(b'YWJj'))",
    "base64.standard_b64encode(b'abc')", "base64.standard_b64decode(b'YWJj')", "base64.urlsafe_b64encode(b'\\xfb\\xff\\xfe')", "base64.urlsafe_b64decode('-__-')",
    "base64.b32encode(b'')", "[base64.b32encode(b'abcde'[:n]) for n in range(6)]", "base64.b32encode(data)[:40]", "base64.b32encode(bytearray(b'x'))", "base64.b32encode('x')",
    "[base64.b32decode(base64.b32encode(b'abcde'[:n])) for n in range(6)]", "base64.b32decode(b'mfrgg===', casefold=True)", "base64.b32decode(b'mfrgg===')", "base64.b32decode(b'MFRGG==')",
    "base64.b32decode(b'MFRGG=G=')", "base64.b32decode(b'M1RGG===')", "base64.b32decode(b'M1RGG===', map01=b'L')", "base64.b32decode(b'M0RGG===', map01='I')", "base64.b32decode(b'========')",
    "base64.b32decode(b'MF======')", "base64.b32decode(b'M=======')", "base64.b32decode(b'MFRA====')", "base64.b32decode('')", "base64.b32decode(b'MFRGG===', map01=b'LL')",
    "[base64.b32hexencode(b'abcde'[:n]) for n in range(6)]", "base64.b32hexdecode(b'c5h66===', casefold=True)", "base64.b32hexdecode(b'C5H66===')", "base64.b32hexdecode(b'W5H66===')",
    "base64.b16encode(b'\\x01\\xab')", "base64.b16decode(b'01AB')", "base64.b16decode(b'01ab')", "base64.b16decode(b'01ab', casefold=True)", "base64.b16decode('0')", "base64.b16decode(b'0G')",
    "base64.a85encode(b'')", "base64.a85encode(b'hello world')", "base64.a85encode(b'\\0\\0\\0\\0\\0')", "base64.a85encode(b'    x', foldspaces=True)", "base64.a85encode(b'abc', pad=True)",
    "base64.a85encode(b'abc', adobe=True)", "base64.a85encode(data, wrapcol=30)[:100]", "base64.a85encode(b'hello world', wrapcol=5, adobe=True)", "base64.a85encode(b'', adobe=True, wrapcol=1)",
    "base64.a85encode(b'\\0\\0')", "base64.a85encode(b'abc', wrapcol=-3)",
    "base64.a85decode(b'BOu!rD]j7BEbo80')", "base64.a85decode(b'<~@:E^~>', adobe=True)", "base64.a85decode(b'@:E^~>', adobe=True)", "base64.a85decode(b'@:E^', adobe=True)", "base64.a85decode(b'z')",
    "base64.a85decode(b'!z')", "base64.a85decode(b'y', foldspaces=True)", "base64.a85decode(b'!y', foldspaces=True)", "base64.a85decode(b'y')", "base64.a85decode(b's8W-\"')", "base64.a85decode(b'uuuuu')",
    "base64.a85decode(b'@:E ^\\n')", "base64.a85decode(b'@:E x^', ignorechars=b'x ')", "base64.a85decode(b'!')", "base64.a85decode(b'!!')", "base64.a85decode('@:E^')", "base64.a85decode(b'~')",
    "base64.b85encode(b'')", "base64.b85encode(b'hello world')", "base64.b85encode(b'abc', pad=True)", "base64.b85encode(data)[:50]", "base64.b85decode(b'Xk~0{Zy<MXa%^M')", "base64.b85decode(b'Xk~0{Zy<MXa%^')",
    "base64.b85decode(b'Xk\\\"0')", "base64.b85decode(b'~~~~~')", "base64.b85decode(b'|NsC0')", "base64.b85decode('VPa')", "base64.b85decode(b'0')",
    "base64.encodebytes(data[:100])", "base64.encodebytes(b'')", "base64.encodebytes('x')", "base64.decodebytes(base64.encodebytes(data)) == data", "base64.decodebytes(b'YWJj\\nZGVm\\n')",
]:
    show(expr)
for n in range(0, 40):
    chunk = data[n:n * 3]
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
        assert dec(enc(chunk)) == chunk, (enc, chunk)
print('round trips ok')
src = io.BytesIO(data * 3)
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue()[:120])
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data * 3)
