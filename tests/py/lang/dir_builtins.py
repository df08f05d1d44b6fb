# dir() of builtin types and objects, compared name for name with CPython 3.11.
#
# GAPS lists, honestly, where gopy's dir() still differs from CPython's: "-name" is a name
# CPython shows and gopy does not have yet, "+name" one gopy shows and CPython does not.
# Those names are dropped from both sides before printing, so any other difference (a
# name of gopy's own machinery, such as a hook on object, above all) changes the output.
import sys


def gen():
    yield 1


def plain():
    pass


class Plain:
    def meth(self):
        pass


COMPARISONS = "-__lt__ -__le__ -__gt__ -__ge__"
OBJECT = COMPARISONS + " -__sizeof__ -__subclasshook__"
INTEGRAL = " -__ceil__ -__floor__ -__trunc__ -__round__ -__divmod__ -__rdivmod__ -__getnewargs__"
ITERATOR = " -__iter__ -__next__"

ENTRIES = [
    ("object", object, OBJECT),
    ("type", type, OBJECT + " -__abstractmethods__ -__annotations__ -__base__ -__bases__"
     " -__basicsize__ -__dictoffset__ -__flags__ -__instancecheck__ -__itemsize__ -__mro__"
     " -__name__ -__or__ -__ror__ -__prepare__ -__qualname__ -__subclasscheck__"
     " -__subclasses__ -__text_signature__ -__weakrefoffset__ -mro"
     " +__bool__ +__class_getitem__ +__getitem__"),
    ("int", int, OBJECT + INTEGRAL),
    ("bool", bool, OBJECT + INTEGRAL),
    ("float", float, OBJECT + INTEGRAL + " -__getformat__"),
    ("complex", complex, OBJECT + " -__complex__ -__getnewargs__"),
    ("str", str, OBJECT + " -__getnewargs__"),
    ("bytes", bytes, OBJECT + " -__bytes__ -__getnewargs__ -__rmod__"),
    ("bytearray", bytearray, OBJECT + " -__alloc__ -__rmod__"),
    ("list", list, OBJECT),
    ("tuple", tuple, OBJECT + " -__getnewargs__"),
    ("dict", dict, OBJECT),
    ("set", set, OBJECT + " -__rand__ -__ror__ -__rsub__ -__rxor__"),
    ("frozenset", frozenset, OBJECT + " -__rand__ -__ror__ -__rsub__ -__rxor__"),
    ("range", range, OBJECT),
    ("slice", slice, OBJECT),
    ("BaseException", BaseException, OBJECT),
    ("Exception", Exception, OBJECT),
    ("ValueError", ValueError, OBJECT),
    ("KeyError", KeyError, OBJECT),
    ("OSError", OSError, OBJECT + " -characters_written"),
    ("StopIteration", StopIteration, OBJECT),
    ("ExceptionGroup", ExceptionGroup, OBJECT + " -__module__ -__weakref__"),
    ("property", property, OBJECT),
    ("staticmethod", staticmethod, OBJECT + " -__call__"),
    ("classmethod", classmethod, OBJECT),
    ("super", super, OBJECT + " -__get__ -__self__ -__self_class__ -__thisclass__"),
    ("NoneType", type(None), OBJECT + " -__bool__"),
    ("enumerate", enumerate, OBJECT + ITERATOR),
    ("zip", zip, OBJECT + ITERATOR + " -__setstate__"),
    ("map", map, OBJECT + ITERATOR),
    ("filter", filter, OBJECT + ITERATOR),
    ("reversed", reversed, OBJECT + ITERATOR + " -__length_hint__"),
    ("a class", Plain, OBJECT + " -__weakref__"),
    ("an instance", Plain(), OBJECT + " -__weakref__"),
    ("object()", object(), OBJECT + " -__doc__"),
    ("1", 1, OBJECT + INTEGRAL + " -__doc__"),
    ("'s'", "s", OBJECT + " -__getnewargs__ -__doc__"),
    ("None", None, OBJECT + " -__bool__ -__doc__"),
    ("Ellipsis", ..., OBJECT + " -__doc__"),
    ("NotImplemented", NotImplemented, OBJECT + " -__bool__ -__doc__"),
    ("a function", plain, OBJECT + " -__builtins__ -__call__ -__get__"),
    ("a bound method", Plain().meth, OBJECT + " -__call__ +__module__ +__name__ +__qualname__"),
    ("a builtin function", len, OBJECT + " -__call__ -__self__ -__text_signature__"),
    ("a generator", gen(), OBJECT + ITERATOR + " -__del__ -__doc__"),
]

machinery = []
for label, obj, gaps in ENTRIES:
    names = dir(obj)
    machinery += [n for n in names if "gopy" in n]
    drop = {g[1:] for g in gaps.split()}
    kept = [n for n in names if n not in drop]
    print(label, len(kept), kept == sorted(kept))
    print("   ", " ".join(kept))

# Names of gopy's machinery must not show anywhere: dir() of every builtin and of the
# types of the builtins' values.
for name in dir(__builtins__):
    value = getattr(__builtins__, name)
    for n in dir(value) + dir(type(value)):
        if "gopy" in n:
            machinery.append(name + "." + n)
print("gopy's own names:", sorted(set(machinery)))
