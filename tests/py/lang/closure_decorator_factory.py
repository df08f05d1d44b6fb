# A function with both cell and free variables: every decorator factory.
def retry(times):
    def deco(func):
        calls = []
        def wrapper(*args):
            calls.append(args)
            result = None
            for _ in range(times):
                result = func(*args)
            return result, len(calls), times
        return wrapper
    return deco

@retry(3)
def add(a, b):
    return a + b

print(add(1, 2))
print(add(3, 4))
