exec('def sq(x):\n    return x * x\nresult = sq(7)')
print(result, sq(3))
print(eval('1 + 2 * 3'), eval('[i for i in range(3)]'))
a, b = 1, 2
code = compile('a + b', '<expr>', 'eval')
print(eval(code))
code = compile('for i in range(2):\n    out.append(i)', '<loop>', 'exec')
out = []
exec(code)
print(out)
print(eval("f'{40 + 2}'"), eval('{1: 2}'))
print(type(compile('pass', 'x', 'exec')).__name__)
try:
    compile('pass', 'x', 'bogus')
except ValueError as e:
    print('ValueError', e)
