def check(x):
    if x > 2:
        raise ValueError("bad value")
    return x

print(check(1))
print(check(3))
