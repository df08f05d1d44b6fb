# The named set methods accept any iterables.
s = {1, 2, 3}
print(s.union([4], (5,)), s.intersection([2, 3, 9]), s.difference([1]), s.symmetric_difference([3, 4]))
print(s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint('ab'))
s.update([10, 11], {12})
s.discard(99)
s.discard(10)
s.remove(11)
print(s)
s.intersection_update([1, 2, 12, 13])
s.difference_update([1])
s.symmetric_difference_update([2, 7])
print(s, s.copy(), s.pop(), s)
s.clear()
print(s)
try:
    s.remove(5)
except KeyError as e:
    print('KeyError', e.args)
try:
    s.pop()
except KeyError as e:
    print('KeyError', e.args)
