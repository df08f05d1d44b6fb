x = 5
assert x == 5
assert x > 0, 'positive'
try:
    assert x < 0, 'x is %d' % x
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert False
except AssertionError as e:
    print('empty args', e.args)
items = [0, 1, 2, 3, 4]
del items[1]
del items[-1], items[0]
print(items)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
y = 1
del y
try:
    print(y)
except NameError as e:
    print('NameError', e)
