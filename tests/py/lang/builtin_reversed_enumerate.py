# reversed() and enumerate(start=).
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed({'x': 1, 'y': 2})), list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in (lambda: reversed(5), lambda: reversed({1}), lambda: enumerate('a', 'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
