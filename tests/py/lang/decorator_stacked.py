def tag(name):
    def deco(f):
        def wrapper(*a):
            return '<%s>%s</%s>' % (name, f(*a), name)
        return wrapper
    return deco

@tag('b')
@tag('i')
def text(s):
    return s

print(text('hi'))

order = []
def mark(n):
    order.append('make %d' % n)
    def deco(f):
        order.append('apply %d' % n)
        return f
    return deco

@mark(1)
@mark(2)
def g():
    pass
print(order)
