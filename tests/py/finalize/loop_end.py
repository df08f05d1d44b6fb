# Objects dropped when a for loop ends (the list display it walked) and when a name is
# rebound to another name's object are finalized there, as CPython's reference counts do.


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


print("-- for over a list display")
for x in [A(1), A(2)]:
    print("body", x.n)
print("after for")
del x


def loop_in_function():
    for y in [A(3), A(4)]:
        if y.n == 3:
            continue
        print("body", y.n)
    print("after loop")
    y = None
    print("end of function")


loop_in_function()

print("-- break")
for z in [A(5), A(6)]:
    if z.n == 6:
        break
print("after break")
z = None

print("-- rebinding to another name's object")
a = A(8)
b = A(9)
a = b
print("after a = b")
del a, b
print("done")
