# A class's truth comes from its metaclass's __bool__ or __len__, in every truth test.
class Meta(type):
    def __bool__(cls):
        return cls.__name__ != 'C'


class C(metaclass=Meta):
    pass


class D(metaclass=Meta):
    pass


print(bool(C), bool(D), not C, not D, 'yes' if C else 'no', C and 1, C or 2, D and 3)
if C:
    print('C truthy')
else:
    print('C falsy')
while C:
    break
else:
    print('while-else')
print([x for x in [1] if C], any([C]), all([C, D]), list(filter(None, [C, D])))


class Sized(type):
    def __len__(cls):
        return len(cls.__name__) - 1


class A(metaclass=Sized):
    pass


class AB(metaclass=Sized):
    pass


print(bool(A), bool(AB), bool(int), bool(Meta))


class Bad(type):
    def __bool__(cls):
        return 1


class E(metaclass=Bad):
    pass


for test in (lambda: bool(E), lambda: 'x' if E else 'y', lambda: not E):
    try:
        test()
    except TypeError as e:
        print('TypeError', e)


class Negative(type):
    def __len__(cls):
        return -1


class F(metaclass=Negative):
    pass


try:
    bool(F)
except ValueError as e:
    print('ValueError', e)
