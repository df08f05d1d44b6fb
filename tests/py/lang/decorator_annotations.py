def keep(f):
    return f

@keep
def scale(x: float, factor: int = 2, *, clamp: bool = False) -> float:
    return x * factor

print(scale(1.5), scale(2, 3))
ann = scale.__annotations__
print(sorted(ann))
print(ann['return'] is float, ann['factor'] is int)
