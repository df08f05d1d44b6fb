# `del name` of a container finalizes what it held in CPython's order: a list's and a
# tuple's items last first, a dict's values first first, nested containers depth first.
# The errors of del on an unbound name are unchanged.


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


print("-- list")
l = [A(1), A(2), A(3)]
del l
print("-- tuple")
t = (A(1), A(2), A(3))
del t
print("-- dict")
d = {"a": A(1), "b": A(2), "c": A(3)}
del d
print("-- nested")
n = [A(1), [A(2), A(3)], (A(4), A(5)), A(6)]
del n
print("-- shared item")
x = A(9)
s = [A(7), x, A(8)]
del s
print("x still alive", x.n)
del x


def in_function():
    items = [A(i) for i in range(4)]
    del items
    print("after del in function")


in_function()


def unbound_local():
    del y
    y = 1


try:
    unbound_local()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    del never_bound
except NameError as e:
    print("NameError", e)


def deleted_global():
    global g
    del g


try:
    deleted_global()
except NameError as e:
    print("NameError", e)
print("done")
