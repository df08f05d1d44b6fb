# The code generator's SyntaxWarnings as CPython 3.11's: "is" with a literal (folded constants
# count), assert of a tuple, calls and subscripts of literals and displays ("perhaps you
# missed a comma?"), through the filters, and a SyntaxError under the "error" filter.
import warnings, sys
warnings.simplefilter("always")
srcs = ["x is 1", "x is not 'a'", "x is -1", "x is ()", "x is (1, 2)", "x is (a,)", "x is None", "x is ...", "x is True", "x is [1]",
 "1 is x", "x is 1 is y", "x is 1+2", "x is not 2**-1", "x is not 1/0", "if x is 1: pass", "x is f'a'", "x is __debug__", "x is -True", "x is b''", "x is (not 0)",
 "assert (x, y)", "assert (x, 'msg')", "assert ()", "assert (1,)",
 "'abc'()", "(1, 2)()", "[1]()", "[x for x in y]()", "{1: 2}()", "{1}()", "(x for x in y)()", "f'a'()", "(-1)()", "None()", "...()", "(lambda: 1)()", "(a, b)()", "b''()", "1j()",
 "1[0]", "None[0]", "(...)[0]", "{1}[0]", "(x for x in y)[0]", "(lambda: 1)[0]", "1.5[x]", "True[0]", "frozenset()[0]",
 "'abc'['a']", "(1, 2)['a']", "[1, 2][1, 2]", "(a, b)[1.5]", "[x for x in y][x:y]", "'a'[(1,2)]", "f'a'['b']", "[1][f'x']", "[1][lambda: 1]", "[1][{}]", "[1][True]", "'a'[-1]", "[1]['a'] = 3", "del [1]['a']", "x['a']", "[1][(x for x in y)]",
 "def f():\n    return x is 1\n", "x = [\n 1 is y\n]",
]
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(s, "<s>", "exec")
        except SyntaxError as e:
            print(repr(s), "SyntaxError", e.msg); continue
    print(repr(s), [(str(x.message), x.lineno, x.filename, x.category.__name__) for x in w])
warnings.simplefilter("error")
for s in ["x = 1\ny is 1", "assert (a, b)", "x = [\n  'a'()]", "y = 1\n  \nz[1][2]['a']"]:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
