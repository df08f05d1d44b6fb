# A method of a builtin type bound to its object is a builtin_function_or_method, as
# builtin functions are: its type, repr, names, __self__, the inspect predicates, pickling
# and copying, and no __func__ (so weakref.WeakMethod refuses it).
import copy
import inspect
import pickle
import types
import weakref

items = [1]
m = items.append
print(type(m), type(m) is type(len), type(m) is types.BuiltinMethodType)
print(types.BuiltinMethodType is types.BuiltinFunctionType, types.MethodType)
print(m.__class__, isinstance(m, types.BuiltinFunctionType), isinstance(m, types.MethodType))
print(m.__name__, m.__qualname__, m.__self__ is items, m.__module__)
print(repr(m).startswith('<built-in method append of list object at 0x'))
print((1).bit_length.__qualname__, 'abc'.upper.__qualname__, {}.get.__qualname__)
print(repr(len), len.__self__, type(len).__name__)
print(inspect.isbuiltin(m), inspect.ismethod(m), inspect.isroutine(m), inspect.isfunction(m))
print(inspect.ismethoddescriptor(m), inspect.signature(m))
try:
    m.__func__
except AttributeError as e:
    print(e)
try:
    weakref.WeakMethod(m)
except TypeError as e:
    print(e)
copied = pickle.loads(pickle.dumps(m))
copied(2)
print(copied.__self__, copy.copy(m) is m, copy.deepcopy(m).__self__)
print(m == items.append, m != items.append, hash(m) == hash(items.append), m == [].append)


class C:
    def f(self):
        pass


print(type(C().f), repr(C().f).startswith('<bound method C.f of'))


# the builtin methods of an instance of a subclass of a builtin type are bound to the
# instance itself
class L(list):
    pass


sub = L([1])
bound = sub.append
bound(2)
print(sub, bound.__self__ is sub, bound.__qualname__, repr(bound).split(' at ')[0])
print(bound == sub.append, hash(bound) == hash(sub.append), bound.__text_signature__)
back = pickle.loads(pickle.dumps(bound))
print(type(back.__self__).__name__, back.__self__)
