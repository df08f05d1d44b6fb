items = [1, 2, 3]
print(f'{len(items)} {sum(items)} {[i * 2 for i in items]}')
print(f'{items[-1]} {items[1:]}')
print(f'{(lambda v: v + 1)(1)}')
print(f'{ {"a": 1}["a"] }')
print(f'{3 if items else 4}', f'{not items}')
nested = f'{f"{items[0]}" * 3}'
print(nested)
