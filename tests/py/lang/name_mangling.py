class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

a = Account('ann')
b = Account('bob')
print(a.owner(), b.owner(), Account.count())
print(sorted(k for k in vars(a)))
print(a._Account__owner)
try:
    a.__owner
except AttributeError:
    print('AttributeError')
