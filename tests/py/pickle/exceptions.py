# Builtin exceptions and user exception subclasses (with attributes) through pickle.
import pickle


class MyErr(Exception):
    pass


class CodeErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


e = MyErr('boom', 3)
e.extra = 'x'
for p in range(6):
    d = pickle.dumps(e, p)
    b = pickle.loads(d)
    print(d, type(b).__name__, b.args, getattr(b, 'extra', None))
c = CodeErr('bad', 7)
d = pickle.dumps(c)
b = pickle.loads(d)
print(d, b.args, b.code, isinstance(b, ValueError))
for exc in [ValueError('v'), KeyError('k'), ZeroDivisionError('division by zero'), StopIteration(5),
            RuntimeError()]:
    for p in (0, 2, 5):
        d = pickle.dumps(exc, p)
        b = pickle.loads(d)
        print(p, d, type(b).__name__, b.args)
try:
    raise pickle.loads(pickle.dumps(MyErr('raised after a round trip')))
except MyErr as err:
    print('caught', err)
raise pickle.loads(pickle.dumps(CodeErr('uncaught', 1)))
