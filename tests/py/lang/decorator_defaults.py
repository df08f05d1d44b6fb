def trace(func):
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args, sorted(kwargs.items()))
        return func(*args, **kwargs)
    return wrapper

@trace
def greet(name, greeting='hello', punct='!'):
    return greeting + ' ' + name + punct

print(greet('bob'))
print(greet('amy', 'hi'))
print(greet('joe', punct='?'))
