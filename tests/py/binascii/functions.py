# binascii: every function on edge inputs (lenient and strict base64, padding, uuencode,
# quoted-printable line rules, hex separators, CRCs with any int as the start value) and
# CPython's errors.
import binascii


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


data = bytes(range(256))
for expr in [
    "binascii.b2a_base64(b'')", "binascii.b2a_base64(b'a')", "binascii.b2a_base64(b'ab')", "binascii.b2a_base64(b'abc', newline=False)",
    "binascii.b2a_base64(data)", "binascii.b2a_base64('abc')", "binascii.b2a_base64(b'abc', True)", "binascii.b2a_base64(bytearray(b'xyz'), newline=0)",
    "binascii.a2b_base64(b'YWJj')", "binascii.a2b_base64('YWJj\\n')", "binascii.a2b_base64(b'YW Jj!!')", "binascii.a2b_base64(b'YQ==')", "binascii.a2b_base64(b'YQ=')",
    "binascii.a2b_base64(b'YQ')", "binascii.a2b_base64(b'Y')", "binascii.a2b_base64(b'YWJjZ')", "binascii.a2b_base64(b'YQ==YWJj')", "binascii.a2b_base64(b'=YWJj')",
    "binascii.a2b_base64(b'YQ=a=')", "binascii.a2b_base64(b'')", "binascii.a2b_base64(b'====')", "binascii.a2b_base64(b'YWI=')", "binascii.a2b_base64('é')", "binascii.a2b_base64(5)",
    "binascii.a2b_base64(b'YQ==', strict_mode=True)", "binascii.a2b_base64(b'=YQ==', strict_mode=True)", "binascii.a2b_base64(b'YQ===', strict_mode=True)", "binascii.a2b_base64(b'YQ==a', strict_mode=True)",
    "binascii.a2b_base64(b'Y Q==', strict_mode=True)", "binascii.a2b_base64(b'YW=I=', strict_mode=True)", "binascii.a2b_base64(b'YQ', strict_mode=True)", "binascii.a2b_base64(b'Y', strict_mode=True)",
    "binascii.a2b_base64(b'', strict_mode=True)", "binascii.a2b_base64(b'YWJj\\n', strict_mode=True)", "binascii.a2b_base64(b'YQ', True)",
    "binascii.hexlify(b'\\x01\\xab\\xff')", "binascii.b2a_hex(data=b'\\x01\\x02\\x03', sep='-', bytes_per_sep=-2)", "binascii.hexlify(b'\\x01\\x02\\x03\\x04\\x05', ':', 2)",
    "binascii.hexlify(b'\\x01\\x02', '::')", "binascii.hexlify(b'\\x01\\x02', 'é')", "binascii.hexlify(b'\\x01\\x02', 'ā')", "binascii.hexlify(b'\\x01\\x02', b'\\xff')", "binascii.hexlify(b'\\x01\\x02', bytearray(b':'))",
    "binascii.hexlify(b'\\x01\\x02', 1)", "binascii.hexlify(b'')", "binascii.hexlify('ab')", "binascii.hexlify(memoryview(b'ab'))",
    "binascii.unhexlify(b'01abFF')", "binascii.unhexlify('01abff')", "binascii.unhexlify(b'0')", "binascii.unhexlify(b'0g')", "binascii.a2b_hex(b'')", "binascii.a2b_hex(bytearray(b'ff'))",
    "binascii.crc32(b'hello')", "binascii.crc32(b'hello', 0)", "binascii.crc32(b' world', binascii.crc32(b'hello'))", "binascii.crc32(b'x', -1)", "binascii.crc32(b'x', 2**40 + 5)", "binascii.crc32(data)",
    "binascii.crc32(b'x', 1.5)", "binascii.crc32('x')", "binascii.crc32()", "binascii.crc_hqx(b'hello', 0)", "binascii.crc_hqx(b'hello', 0xffff)", "binascii.crc_hqx(b'', 0x12345)", "binascii.crc_hqx(data, -1)", "binascii.crc_hqx(b'a')",
    "binascii.b2a_uu(b'')", "binascii.b2a_uu(b'', backtick=True)", "binascii.b2a_uu(b'abc')", "binascii.b2a_uu(b'\\x00\\x00\\x00', backtick=True)", "binascii.b2a_uu(data[:45])", "binascii.b2a_uu(data[:46])",
    "binascii.a2b_uu(b'#86)C\\n')", "binascii.a2b_uu(b'')", "binascii.a2b_uu(b' ')", "binascii.a2b_uu(b'#86)C  ``\\n')", "binascii.a2b_uu(b'#86)C xx')", "binascii.a2b_uu(b'#8\\x01)C')", "binascii.a2b_uu(b'$86)')",
    "binascii.a2b_uu(binascii.b2a_uu(data[:45]))",
    "binascii.b2a_qp(b'hello world')", "binascii.b2a_qp(b'caf\\xe9 = ok\\n')", "binascii.b2a_qp(b'trailing space \\nnext')", "binascii.b2a_qp(b'tab\\tx', quotetabs=True)", "binascii.b2a_qp(b'a_b c', header=True)",
    "binascii.b2a_qp(b'line\\r\\nnext\\r\\n')", "binascii.b2a_qp(b'a\\nb', istext=False)", "binascii.b2a_qp(b'x' * 100)", "binascii.b2a_qp(b'=' * 40)", "binascii.b2a_qp(b'.\\n.a\\n')", "binascii.b2a_qp(b'end ')", "binascii.b2a_qp(data)",
    "binascii.a2b_qp(b'caf=E9 =3D ok=\\nsoft')", "binascii.a2b_qp(b'a_b', header=True)", "binascii.a2b_qp('x=41=4')", "binascii.a2b_qp(b'=\\r\\nx=')", "binascii.a2b_qp(b'==41=zz')", "binascii.a2b_qp(b'=\\rabc\\ndef')",
    "binascii.a2b_qp(binascii.b2a_qp(data, quotetabs=True))",
    "issubclass(binascii.Error, ValueError)", "issubclass(binascii.Incomplete, Exception)", "binascii.Error.__module__", "sorted(n for n in dir(binascii) if not n.startswith('_'))",
]:
    show(expr)
for n in range(0, 50):
    chunk = data[n:n * 3]
    assert binascii.a2b_base64(binascii.b2a_base64(chunk)) == chunk
    assert binascii.a2b_qp(binascii.b2a_qp(chunk)) == chunk
print('round trips ok')
