# types.GenericAlias (PEP 585): list[int], dict[K, T] substitution, reprs, calls, bases,
# pickling, and the library classes CPython 3.11 makes generic.
import typing, collections
T = typing.TypeVar('T'); K = typing.TypeVar('K')
print(repr(dict[K, list[T]]), dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
try: list[int][str]
except TypeError as e: print(e)
try: dict[K, T][int]
except TypeError as e: print(e)
try: list[T][int, str]
except TypeError as e: print(e)
print(list[int] == list[int], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int].__name__, list[int].__module__, list[int].__qualname__, list[int].__doc__ == list.__doc__)
print(tuple[()], tuple[int, ...], list[[int, str]], dict[str, 'x'])
x = list[int]([1, 2]); print(x, type(x))
class L(list): pass
y = L[int](); print(y.__orig_class__, L[int])
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int].__mro_entries__((list[int],)))
class M(list[int]): pass
print(M.__bases__, M.__orig_bases__, M.__mro__)
import pickle; print(pickle.loads(pickle.dumps(list[int])), list[int].__reduce__())
print(type(list[int]), list[int].__class__)
print(repr(type[int]), list['T'])
print(list[int].__args__, list[int].__origin__, list[int].__parameters__, list[int].__unpacked__)
print(list[int, str], set[int], frozenset[str], enumerate[int])
import types
print(types.GenericAlias(list, int), types.GenericAlias is type(list[int]))
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int])
import queue, contextlib, multiprocessing.queues, multiprocessing.pool, multiprocessing.managers, multiprocessing.shared_memory
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int], contextlib.AbstractContextManager[int])
print(multiprocessing.queues.SimpleQueue[int], multiprocessing.pool.AsyncResult[int], multiprocessing.pool.ApplyResult[int])
print(multiprocessing.managers.ValueProxy[int], multiprocessing.shared_memory.ShareableList[int])
try:
    multiprocessing.queues.Queue[int]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
