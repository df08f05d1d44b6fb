bad = [
    "f'{}'",
    "f'{x!z}'",
    "f'{x'",
    "f'}'",
    "f'{x#}'",
    "f'{a:{b:{c}}}'",
    "f'{x)}'",
    "b'a' f'b'",
]
for src in bad:
    try:
        compile(src, 'fs.py', 'eval')
        print('compiled', src)
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
