x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(2)]
print(matrix)
print([y for row in matrix for y in row if y > 2])

def scoped(n):
    return [n * k for k in range(3)], {k: n for k in 'ab'}

print(scoped(5))
