class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.swallow

with Ctx('a') as a, Ctx('b') as b:
    print('body', a, b)

with Ctx('outer', swallow=True), Ctx('inner'):
    raise ValueError('stop')
print('after swallow')

def ret():
    with Ctx('r'):
        return 'returned'
print(ret())

for i in range(2):
    with Ctx('loop%d' % i):
        if i == 0:
            continue
        break
print('done')
