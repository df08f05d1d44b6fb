def collect():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                raise KeyError(i)
        finally:
            out.append('x')
            continue
    return out

def break_in_finally():
    n = 0
    while True:
        n += 1
        try:
            if n < 3:
                continue
        finally:
            if n == 4:
                break
    return n

print(collect())
print(continue_in_finally())
print(break_in_finally())
