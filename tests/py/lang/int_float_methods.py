# int and float methods and attributes: bit_length, to_bytes/from_bytes, as_integer_ratio,
# real/imag/numerator/denominator, conjugate, float.hex/fromhex; for bool and big ints too.
cases = [
    "(255).bit_length()", "(0).bit_length()", "(-256).bit_length()", "(2**100).bit_length()",
    "True.bit_length()", "(5).bit_count()", "(-7).bit_count()", "(2**70 - 1).bit_count()",
    "(255).to_bytes(2, 'big')", "(255).to_bytes(2, 'little')", "(1).to_bytes()",
    "(-1).to_bytes(2, 'big', signed=True)", "(-128).to_bytes(1, 'big', signed=True)",
    "(128).to_bytes(1, 'big', signed=True)", "(-129).to_bytes(1, 'big', signed=True)",
    "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(0).to_bytes(0, 'big')",
    "(1).to_bytes(0, 'big')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1, 'middle')",
    "(2**70).to_bytes(10, 'big')", "(1).to_bytes(length=3, byteorder='little')",
    "int.from_bytes(b'\\x01\\x00', 'little')", "int.from_bytes(b'\\x01\\x00', 'big')",
    "int.from_bytes(b'\\xff\\xff', 'big', signed=True)", "int.from_bytes(b'\\xff', 'big')",
    "int.from_bytes([1, 2, 3], 'big')", "int.from_bytes(b'')", "int.from_bytes(bytearray(b'\\x02'), 'little')",
    "int.from_bytes(bytes([1] * 12), 'big')", "int.from_bytes('ab', 'big')",
    "(5).conjugate()", "(5).real", "(5).imag", "(5).numerator", "(5).denominator",
    "True.real", "True.numerator", "(2**70).real", "(7).as_integer_ratio()", "(-7).as_integer_ratio()",
    "(2.5).as_integer_ratio()", "(0.1).as_integer_ratio()", "(-0.75).as_integer_ratio()",
    "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
    "(2.5).hex()", "(1.0).hex()", "(0.1).hex()", "(-0.0).hex()", "(0.0).hex()", "(5e-324).hex()",
    "(1e308).hex()", "float('inf').hex()", "float('-inf').hex()",
    "float.fromhex('0x1.4p+1')", "float.fromhex('0x1p-2')", "float.fromhex(' -0x1.8 ')",
    "float.fromhex('ff')", "float.fromhex('inf')", "float.fromhex('-Infinity')",
    "float.fromhex('0x1p5000')", "float.fromhex('zz')", "float.fromhex('0x.8p1')",
    "float.fromhex((0.1).hex()) == 0.1", "(2.5).real", "(2.5).imag", "(2.5).conjugate()",
    "(2.0).is_integer()", "(2.5).is_integer()",
]
for expr in cases:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
class MyInt(int):
    pass
print(MyInt(12).bit_length(), MyInt(3).to_bytes(2, "big"), MyInt(4).real, type(MyInt(4).real).__name__)
