registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

def with_repr(cls):
    def __repr__(self):
        return '%s()' % type(self).__name__
    cls.__repr__ = __repr__
    return cls

@register
@with_repr
class Point:
    pass

print(registry, Point.registered, repr(Point()))
