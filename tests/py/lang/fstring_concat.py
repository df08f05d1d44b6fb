user = 'ann'
n = 3
msg = ('Hello ' f'{user}, '
       'you have '
       f'{n} new message{"s" if n != 1 else ""}')
print(msg)
print('plain' 'only')
print(f'{{literal braces}} {n}' ' tail')
print(f'' f'{n}' '')
