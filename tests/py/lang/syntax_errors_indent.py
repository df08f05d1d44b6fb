cases = [
    'if x:\npass',
    '  x = 1',
    'if x:\n    a = 1\n  b = 2',
    'def f():\nreturn',
    'class C:\npass',
    'for i in x:\npass',
    'try:\n    pass\nexcept:\npass',
    'while x:',
]
for src in cases:
    try:
        compile(src, 'indent.py', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno)
