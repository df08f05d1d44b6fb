# Helpers shared by the objects package's scripts: under gopy's Go test they are builtins
# calling compiler.RT; here they are plain Python with the same meaning.
def _mod(a, b):
    return a % b
def _cmp(op, a, b):
    return {'<': lambda: a < b, '<=': lambda: a <= b, '==': lambda: a == b,
            '!=': lambda: a != b, '>': lambda: a > b, '>=': lambda: a >= b}[op]()
def _fv(v, conv, spec):
    if conv == 'r':
        v = repr(v)
    elif conv == 's':
        v = str(v)
    elif conv == 'a':
        v = ascii(v)
    return format(v, spec)
def _getitem(o, k):
    return o[k]
def _in(x, c):
    return x in c
