x = 7
name = 'gopy'
print(f'{x=}')
print(f'{x = }')
print(f'{x=!s}')
print(f'{x=:>5}')
print(f'{name=}')
print(f'{x * 2 + 1=}')
