class Thing:
    def __str__(self):
        return 'a thing'
    def __repr__(self):
        return 'Thing()'

t = Thing()
print('%s' % t)
print('%r' % t)
print('%s / %r' % (t, t))
print('%s' % (t,))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(x)r' % {'x': 'quoted'})
