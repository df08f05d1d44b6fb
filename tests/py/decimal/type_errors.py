# Decimal is named 'decimal.Decimal' in messages (a C type in CPython), 'Decimal' elsewhere.
from decimal import Decimal as D
import pickle


def show(f):
    try:
        print(repr(f()))
    except Exception as exc:
        print(type(exc).__name__, exc)


show(lambda: D(1) + 'a')
show(lambda: 'a' + D(1))
show(lambda: D(1) * [1])
show(lambda: D(1) < 'a')
show(lambda: D(1) // None)
show(lambda: pow(D(2), 'x'))
show(lambda: D(1) + 1.5)
show(lambda: D(1) & 1)
show(lambda: 'x' - D(1))
show(lambda: ~D(1))
print(D.__name__, D.__qualname__, D, repr(D('1.5')), pickle.loads(pickle.dumps(D('2.5'))),
      type(D(1)).__name__, D.__module__)


class Sub(D):
    pass


show(lambda: Sub(1) + 'a')
print(Sub.__mro__, repr(Sub('3')))
