# complex() and float() constructors: strings, __complex__/__float__/__index__, argument errors;
# divmod()'s TypeError.
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
class C(complex): pass
class U:
    def __complex__(self): return 2j
class Bad:
    def __complex__(self): return 2
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 7
t("sub", lambda: C(1, 2))
t("u", lambda: complex(U()))
t("bad", lambda: complex(Bad()))
t("f", lambda: complex(F(), F()))
t("i", lambda: complex(I()))
t("cc", lambda: complex(1+2j, 3+4j))
t("kw", lambda: complex(real=1, imag=2))
t("kwi", lambda: complex(imag=2))
for s in ["1+2j", " 1.5 ", "-j", "(1-2j)", "j", "1e3j", "inf+nanj", "1 + 2j", "", "(", "1+2j)", "3", "-1.5e-3-2.5J", "+1_0j", "1__0j", "nan", "\u0661+2j", " ( 1+2j ) "]:
    t(repr(s), lambda: complex(s))
t("s2", lambda: complex("1", 2))
t("2s", lambda: complex(1, "2"))
t("list", lambda: complex([]))
t("list2", lambda: complex(1, []))
t("none", lambda: complex(None))
t("bytes", lambda: complex(b"1"))
t("3args", lambda: complex(1, 2, 3))
t("badkw", lambda: complex(x=1))
t("big", lambda: complex(10**400))
t("bool", lambda: complex(True, False))
t("neg0", lambda: complex(-0.0, -0.0))
t("C str", lambda: C("1+1j"))
t("csub type", lambda: type(complex(C(1))))
print(C.__mro__)

class FS(float): pass
class IS(int): pass
class FO(float):
    def __float__(self): return 9.5
for x in [FS(2.5), IS(3), FO(1.0), 1.5, -0.0, 2**1023*2-1, True, "1.5", b"2", bytearray(b"3"), memoryview(b"4"), FS("7.5")]:
    try: print(repr(float(x)), type(float(x)).__name__)
    except Exception as e: print(type(e).__name__, e)
print(FS(1.0) + 1, type(FS(2)), FS(3) == 3.0, complex(FS(2)), complex(IS(5), FS(1)))
try: float(2**1024)
except OverflowError as e: print(e)

class I2:
    def __index__(self): return 7
class F2:
    def __float__(self): return 2
for x in [I2(), 10**400, True, F2()]:
    try: print(float(x))
    except Exception as e: print(type(e).__name__, e)

for a, b in [(1, 'x'), ('x', 1), (1.5, []), (None, 2), (7, 2), (7.5, 2), (2**70, 3)]:
    try: print(divmod(a, b))
    except Exception as e: print(type(e).__name__, e)
class D:
    def __divmod__(self, o): return "D", o
    def __rdivmod__(self, o): return "rD", o
print(divmod(D(), 1), divmod(1, D()))

for s in ['1e', '1e+', '.', '.j', '1.j', '-.5j', '+inf', '-infinityj', 'nanj', '-nanj', '1+-2j', '1-+2j',
          '1++2j', 'Infinity', 'in', '1_0', '_1', '1_', '1._5', '1e_5', '0x10', '1+2jj', '1+2 j',
          'j1', '+', '(1+2j', '\t1j\n', '1j ', '(1j) )', '\uff11\uff12', '1\u3000+2j', '1+2j\u00a0',
          '\u2003(1)', '1e999j', '1e-999', '()', '(j)', '+J', '1.5e+3-2.5E-2J', '\u00e9']:
    t(repr(s), lambda: complex(s))
t("kw dup", lambda: complex(1, real=2))
t("kw str", lambda: complex(real="1"))
t("kw imag str", lambda: complex(imag="1"))
t("str imag kw", lambda: complex("1", imag=0))
