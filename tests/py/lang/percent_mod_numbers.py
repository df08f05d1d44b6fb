vals = [10, -10, 3.5, -3.5]
for a in vals:
    for b in (3, -3, 2.5):
        print(a, b, a % b)
big = 10 ** 30
print(big % 7, big % -7)
print(divmod(17, 5), 17 // 5, 17 % 5)
