# Compile-time SyntaxErrors and runtime TypeErrors/ValueErrors of match statements.
sources = [
    "match x:\n    case y: pass\n    case 1: pass",
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case [a] | b: pass",
    "match x:\n    case a | 1: pass",
    "match x:\n    case _ | 1: pass",
    "match x:\n    case {1: a, 1: b}: pass",
    "match x:\n    case {1: a, True: b}: pass",
    "match x:\n    case {-1: a, -1: b}: pass",
    "match x:\n    case {'k': a, 'k': b}: pass",
    "match x:\n    case C(a=1, a=2): pass",
    "match x:\n    case C(__debug__=1): pass",
    "match x:\n    case __debug__: pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case f'x': pass",
    "match x:\n    case {f'x': 1}: pass",
    "match x:\n    case (a as b) as b: pass",
    "match x:\n    case {'a': a, **a}: pass",
    "match x:\n    case [a, *a]: pass",
    "match x:\n    case (1 | x) | 2: pass",
    "match x:\n    case [x] | (y): pass",
    "match x:\n    case (x as y) | (x as y): pass\n    case 2: pass",
    "match x:\n    case C(x, y=x): pass",
    "match x:\n    case y if y: pass\n    case z: pass\n    case 1: pass",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


class C:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Boom:
    @property
    def a(self):
        raise KeyError("from property")


class Missing:
    __match_args__ = ("nope",)


class MyInt(int):
    pass


class TupleArgs(tuple):
    pass


class ArgsTupleSub:
    __match_args__ = TupleArgs(("a",))
    a = 1


def check(pattern, subject):
    code = "match subject:\n    case " + pattern + ":\n        result = 'matched'\n    case _:\n        result = 'no match'\n"
    ns = dict(globals(), subject=subject)
    try:
        exec(code, ns)
        print(pattern, "->", ns["result"])
    except Exception as e:
        print(pattern, "->", type(e).__name__, e)


check("C(1, 2, 3)", C())
check("NoArgs(1)", NoArgs())
check("int(1, 2)", 1)
check("bool(True)", True)
check("bool(1)", 1)
check("MyInt(5)", MyInt(5))
check("MyInt(x)", 5)
check("str(s)", "text")
check("ListArgs(1)", ListArgs())
check("IntArgs(1)", IntArgs())
check("ArgsTupleSub(1)", ArgsTupleSub())
check("C(1, a=1)", C())
check("len(1)", 1)
check("Undefined()", 1)
check("C.nothing", 1)
check("Boom(a=1)", Boom())
check("Missing(1)", Missing())
check("C(a=1, zz=2)", C())
check("C(1, 2)", NoArgs())
check("{'a': 1, 'a': 2}", {"a": 1})
check("{C.a: 1, C.a: 2}", {1: 1})
check("{C.a: x, C.b: y}", {1: 1, 2: 2})
check("float(1.5)", 1.5)
check("dict({})", {})
check("list([1])", [1])
check("tuple()", (1,))
check("set()", {1})
check("frozenset(f)", frozenset())
check("bytes(b)", b"x")
check("bytearray(b)", bytearray(b"y"))
check("{C.a: 1, C.a: 2}", {1: 1, 2: 2})
check("{C.a: 1, 1.0: 2}", {1: 1, 2: 2})
