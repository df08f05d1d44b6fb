# A branch whose last statement is a return, or a loop whose body ends the branch, is
# still a jump target: the code after it (an elif, the implicit return None) must run.
def f(a):
    if a:
        return 1
print(f(0), f(1))
def g(a):
    while a:
        return 2
print(g(0), g(1))
def h(flag):
    if flag:
        while True:
            break
    elif print('elif evaluated'):
        pass
    return 'after'
print(h(True), h(False))
def k(xs):
    for x in xs:
        if x:
            return x
print(k([0, 0]), k([0, 3]))
