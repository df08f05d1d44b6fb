width = 10
prec = 3
value = 2.718281828
print(f'[{value:{width}.{prec}f}]')
print(f'[{"x":{"<"}{width}}]')
fill = '-'
print(f'[{42:{fill}>{width}}]')
print(f'[{value:.{prec + 1}}]')
