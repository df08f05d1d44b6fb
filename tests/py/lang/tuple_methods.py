# tuple methods and reprs.
t = (1, 2, 1, 'a')
print(t.index(1), t.index(1, 1), t.count(1), t.count('a'), (1.0,).index(1))
try:
    t.index(3)
except ValueError as e:
    print('ValueError', e)
print(repr((1,)), (1,), ('a',), (), ((1,),), [(2,)], str((None,)))
