# generator.throw() raises at the yield, where the generator's try statements see it; close()
# raises GeneratorExit there; CPython's errors for bad arguments and ignored GeneratorExit.
def g():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 2
    finally:
        print('finally')
gen = g()
print(next(gen))
print(gen.throw(ValueError, ValueError('x'), None))
try:
    gen.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(gen)
except StopIteration:
    print('finished')
def h():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
x = h(); next(x); print(x.close())
y = h(); print(y.close())
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError', e)
z = h()
try:
    z.throw(ValueError('early'))
except ValueError as e:
    print('early', e)
def count():
    n = 0
    while True:
        try:
            yield n
        except TypeError:
            n = -100
        n += 1
c = count(); print(next(c), next(c), c.throw(TypeError), next(c))
try:
    c.throw(1)
except TypeError as e:
    print(e)
try:
    c.throw(ValueError('a'), 'b')
except TypeError as e:
    print(e)
