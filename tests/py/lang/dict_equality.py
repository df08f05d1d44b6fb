# == ignores order, compares values with ==, and 1 == 1.0 == True as keys.
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
print({1: 'a'} == {1.0: 'a'}, {True: 1} == {1: 1})
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 2}, {1: 1} != {1: 2})
print({} == {}, {'a': 1} == {'a': 1, 'b': 2})
print({(1, 2): {3: 4}} == {(1, 2): {3: 4}})
