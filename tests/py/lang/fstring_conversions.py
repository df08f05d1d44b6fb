class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'

p = P()
s = 'caf\xe9'
print(f'{p}|{p!s}|{p!r}|{p!a}')
print(f'{s}|{s!r}|{s!a}')
print(f'{42!r} {3.5!s} {None!r}')
