try:
    compile('a = 1\nb = (2 +\n', 'file.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    compile('x = 1\ny = 2 3\n', 'other.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec('def f():\n    return 1\n  x = 2')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval('1 +')
except SyntaxError as e:
    print('eval', e.msg)
