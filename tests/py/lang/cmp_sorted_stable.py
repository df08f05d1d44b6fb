# sorted and list.sort are stable, with key= and reverse= (reverse keeps equal items in order).
data = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple']
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted([1, 2, 3], key=None, reverse=True))
try:
    sorted([1], bad=1)
except TypeError as e:
    print('TypeError', e)
