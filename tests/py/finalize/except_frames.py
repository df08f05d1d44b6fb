# Objects made by the frames an exception went through are finalized when the except
# clause that handles it ends (CPython frees the traceback there), innermost frame first.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def h():
    x = A(1)
    raise ValueError('boom')
def k():
    z = A(2)
    h()
def caller():
    try:
        k()
    except ValueError:
        print('in except')
    print('after except')
    w = 0
    print('more')
caller()
print('returned')
def caller2():
    try:
        k()
    except ValueError as e:
        print('in except', e)
    print('after except2')
caller2()
print('returned2')
