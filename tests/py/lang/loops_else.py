def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return 'missing'
    return i

print(find([5, 6, 7], 6), find([5], 9))
n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
for i in range(3):
    if i == 1:
        continue
    print('loop', i)
for i in []:
    pass
else:
    print('empty else')
