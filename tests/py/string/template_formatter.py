import string
T = string.Template
print(T("$a x ${b} $$").substitute(a=1, b=2))
print(T("$a x ${b}").safe_substitute({'a': 3}))
print(T("$a x ${b}").substitute({'a': 3}, b=4))
try: T("abc\n $1").substitute()
except ValueError as e: print(e)
try: T("$zz").substitute()
except KeyError as e: print(repr(e))
print(T("$a $b $a $").get_identifiers(), T("$").is_valid(), T("$a").is_valid())
class P(T):
    delimiter = '%'
print(P("%x %%").substitute(x=5))
f = string.Formatter()
print(f.format("{0} {name!r:>6} {{}} {1[0]} {x.real}", 1, [9], name="n", x=3))
print(list(f.parse("a{b!r:^{w}}c{}{{")))
print(f.format("{:{}}|", "x", 4))
print(string.capwords(" hello   world "), string.capwords("a-b", "-"))
for bad in ["{", "}", "{0!", "{0!x}", "{!r"]:
    try: print(list(f.parse(bad)))
    except ValueError as e: print("VE", e)
for s in ['{','{0','{0!','{0!r','{0!r:','{0:','{0:x','{!r','{0[','{0[}','{0{','{a{}','{0!rr}','{0:{','{0:{}','{0:{1}','{0!}','x{0}}','{0:}}','{[}', '{0!r}', 'a{0[a:b]!s:>{1}}z']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'VE', e)
