# hex/oct/bin/chr/int() accept any __index__ object, with CPython's errors.
class V:
    def __init__(self, x): self.x = x
    def __index__(self): return self.x
for e in ["[10, 20, 30][V(1)]", "range(10)[V(2)]", "hex(V(255))", "bin(V(5))", "'abc'[V(0):V(2)]", "(10).to_bytes(V(2), 'big')", "[1,2,3][V(0):V(1)]", "range(V(3))", "chr(V(65))", "oct(V(8))", "int(V(4))"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
for e in ["hex(255)", "hex(-255)", "hex(2**70)", "oct(8)", "bin(-5)", "bin(0)", "hex(True)", "hex(1.5)", "hex('a')", "chr(65)", "chr(0x10ffff)", "chr(-1)", "chr(0x110000)", "chr(1.5)", "chr('a')", "chr(2**70)", "int(3.9)", "int('12')", "int(True)"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
