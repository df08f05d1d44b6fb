def outer():
    secret = 42
    label = 'outer'
    class Inner:
        value = secret
        label = 'class'
        def method(self):
            return secret, label
    return Inner

C = outer()
print(C.value, C.label, C().method())

x = 'module'
class K:
    x = 'class'
    items = [x for _ in range(2)]
print(K.items)
