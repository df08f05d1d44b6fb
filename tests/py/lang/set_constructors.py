# set() and frozenset() constructors.
print(set('abca') == {'a', 'b', 'c'}, set({1: 'x', 2: 'y'}), set(range(3)), frozenset((1, 1, 2)))
print(set([(1, 2), (1, 2)]), frozenset(frozenset([5])))
for bad in (5, [[1]]):
    try:
        set(bad)
    except TypeError as e:
        print('TypeError', e)
print(type(set()) is set, isinstance(frozenset(), frozenset), type({1}).__name__)
