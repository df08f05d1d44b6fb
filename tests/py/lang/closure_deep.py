def level0(a):
    def level1(b):
        def level2(c):
            def level3(d):
                return a, b, c, d
            return level3
        return level2
    return level1

print(level0(1)(2)(3)(4))

def mixed(x):
    y = x * 2
    def mid():
        z = y + 1
        def inner():
            return x + y + z
        return inner
    return mid()

print(mixed(5)())
