def tf(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    else:
        out.append('else')
    return out
print(tf(5))
print(tf(1))

def ret_in_finally():
    try:
        return 1
    finally:
        return 2
print(ret_in_finally())

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(swallow())

def cont_finally():
    out = []
    for i in range(4):
        try:
            out.append(i)
            if i == 2:
                raise KeyError(i)
        finally:
            out.append('x')
            continue
        out.append('never')
    return out
print(cont_finally())

def brk_finally():
    out = []
    i = 0
    while i < 10:
        i += 1
        try:
            out.append(i)
        finally:
            if i == 2:
                continue
            if i == 4:
                break
        out.append('after%d' % i)
    else:
        out.append('else')
    return out
print(brk_finally())

def exc_flow():
    log = []
    try:
        try:
            log.append('body')
            raise ValueError('v')
        except KeyError:
            log.append('key')
        except ValueError as e:
            log.append('value ' + str(e))
            raise TypeError('t')
        else:
            log.append('else')
        finally:
            log.append('finally')
    except TypeError as e:
        log.append('outer ' + str(e))
    try:
        pass
    except Exception:
        log.append('no')
    else:
        log.append('else2')
    return log
print(exc_flow())

def nested_loops():
    r = []
    for i in range(3):
        for j in range(3):
            if j == 1:
                continue
            if i == 2:
                break
            r.append((i, j))
        else:
            r.append('inner-else')
    return r
print(nested_loops())

i = 0
while True:
    i += 1
    if i > 5:
        break
print(i)
while i:
    i -= 2
    if i < 0:
        break
else:
    print('no')
print(i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else', n)

def chained(a, b, c):
    return a < b < c, a == b != c, 1 < a <= 2
print(chained(1, 2, 3), chained(2, 2, 1))
print((1, 2) < (1, 3), [1, 2] > [1], 'a' < 'b', (1, 'a') <= (1, 'a'))
x = 5
print(x if x > 3 else -x, x if x < 3 else -x)
print(not x, not not x, x and 0, x or 0, 0 or '', 0 and 1)
a, *b, c = range(6)
print(a, b, c)
*d, e = 'xyz'
print(d, e)
(f, g), h = (1, 2), 3
print(f, g, h)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
assert x == 5, 'msg'
try:
    assert x == 6, 'bad %d' % x
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert2', repr(e.args))
l = [1, 2, 3, 4, 5]
del l[1], l[-1]
print(l)
class O: pass
o = O()
o.v = 1
o.v += 10
o.w = [1]
o.w[0] *= 7
print(o.v, o.w)
del o.v
print(hasattr(o, 'v'))
print(l[::2], l[1:], l[:-1], 'abcdef'[1:5:2])
