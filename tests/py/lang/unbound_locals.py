def unbound():
    print(x)
    x = 1
def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
free_unbound()
def cellvar():
    def g():
        return z
    print(z)
    z = 3
try:
    cellvar()
except UnboundLocalError as e:
    print('ULE', e)
try:
    unbound()
except UnboundLocalError as e:
    print('ULE', e)
unbound()
