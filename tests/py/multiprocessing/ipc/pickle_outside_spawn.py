# Pickling shared objects outside of spawning: each raises what CPython raises.
import pickle, multiprocessing as mp
from multiprocessing import sharedctypes as sc
objs = [('RawValue', lambda: sc.RawValue('i', 1)), ('RawArray', lambda: sc.RawArray('i', 3)), ('RawArray c', lambda: sc.RawArray('c', 5)),
        ('RawArray q', lambda: sc.RawArray('q', 1)), ('RawValue d', lambda: sc.RawValue('d')),
        ('Value', lambda: mp.Value('i', 1)), ('Array', lambda: mp.Array('d', 2)),
        ('Value nolock', lambda: mp.Value('i', 1, lock=False)),
        ('Lock', mp.Lock), ('RLock', mp.RLock), ('Semaphore', mp.Semaphore),
        ('BoundedSemaphore', mp.BoundedSemaphore), ('Condition', mp.Condition), ('Event', mp.Event),
        ('Barrier', lambda: mp.Barrier(2)), ('Queue', mp.Queue), ('SimpleQueue', mp.SimpleQueue),
        ('JoinableQueue', mp.JoinableQueue), ('Value.get_lock', lambda: mp.Value('i').get_lock()),
        ('Value.get_obj', lambda: mp.Value('i').get_obj())]
for name, f in objs:
    try:
        pickle.dumps(f()); print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
