"""int() of str/bytes/bytearray: PEP 515 underscores, prefixes under base 0 and their base, leading zeros, Unicode digits and spaces, the base checks and messages."""
cases = ["0b01", "0o01234567", "0x0f", "0_1", "00", "0b_1", "0x", "010", "0_0", "0o_7", "-0b11", " 0x1F ", "0B1", "1_000", "0b1_0",
         '1__0', '_1', '1_', '0x_', '0x__1', '0_x1', ' ＋1', '１２', '+_1', '0b', '0', '-0', '0o8', 'z', '9' * 30, '\u2003 42\t\n', '٣', 'x' * 300, '', ' ', '+', '- 1', '1 2', '0x1_f', '1e3', '١_٢']
for s in cases:
    for b in (0, 10, 16, 2, 36):
        try: r = int(s, b)
        except ValueError as e: r = str(e)
        print(repr(s)[:20], b, r)
for s in ['12', '1_0', ' 7 ']:
    print(int(s), int(s.encode()), int(bytearray(s.encode())), int(s, base=8))
for bad in [(1, 10), ('1', 1), ('1', 37), ('1', -1), ('1', 2**70), ('1', 'x'), (b'z',)]:
    try: print(int(*bad))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class I(int): pass
print(type(I('0x10', 16)).__name__, I('0x10', 16), int(' -1_2 '), isinstance(int('5'), int))
try: int(b'\xff')
except ValueError as e: print(e)
