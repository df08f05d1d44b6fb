cases = [
    'x = = 1',
    'def f(a=1, b): pass',
    'f(a=1, b)',
    'f(x=1, x=2)',
    'return 1',
    'break',
    'continue',
    'yield 1',
    'a, *b, *c = d',
    '*a = b',
    'del f()',
    'for 1 in x: pass',
    'nonlocal x',
    'def f():\n    x = 1\n    global x',
    'def f(a, a): pass',
    "'unterminated",
    '"""never ends',
    '(1, 2',
    'x = )',
    'x = [1, 2)',
    '0777',
    '1_000_',
    'x = 1abc',
    'print "hi"',
    'True = 1',
    'import a.b as',
]
for src in cases:
    try:
        compile(src, 'bad.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno)
