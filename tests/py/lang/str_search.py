# count, find, rfind, index, rindex, startswith, endswith with ranges and tuples.
s = 'banana'
print(s.count('a'), s.count('an'), s.count(''), s.count('a', 2, 4))
print(s.find('na'), s.find('na', 3), s.find('x'), s.rfind('na'), s.index('n'), s.rindex('a', 0, 4))
print('héllo'.find('l'), 'abc'.find('', 3), 'abc'.find('', 4), s.startswith(('x', 'b')), s.endswith('na', 0, 4))
for call in (lambda: s.index('x'), lambda: s.rindex('q'), lambda: s.find(1), lambda: s.startswith(1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
