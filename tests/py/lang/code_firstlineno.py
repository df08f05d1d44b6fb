def plain():
    pass


def deco(f):
    return f


@deco
def decorated():
    pass


class K:
    def method(self):
        return 1

lam = lambda: 0
print(plain.__code__.co_firstlineno)
print(decorated.__code__.co_firstlineno)
print(K.method.__code__.co_firstlineno, lam.__code__.co_firstlineno)
print(plain.__code__.co_name, lam.__code__.co_name, K.method.__code__.co_name)
