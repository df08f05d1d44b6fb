def run(x):
    log = []
    try:
        log.append('body')
        if x == 1:
            raise ValueError('v')
        if x == 2:
            raise KeyError('k')
    except ValueError as e:
        log.append('value:' + str(e))
    except (KeyError, IndexError) as e:
        log.append('lookup:' + repr(e.args[0]))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log

for x in range(3):
    print(run(x))

try:
    try:
        raise TypeError('inner')
    except TypeError:
        raise
except TypeError as e:
    print('reraised', e)

def unbound():
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return 'deleted'
print(unbound())
