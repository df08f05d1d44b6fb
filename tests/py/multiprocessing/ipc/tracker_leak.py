# A leaked segment is unlinked by the resource tracker after the program exits, with
# CPython's warning; a ShareableList that failed to pack leaks its segment the same way.
from multiprocessing import shared_memory as sm
import os
s = sm.SharedMemory(name='gopy_rt_leak1_%d' % os.getpid(), create=True, size=8)
try:
    sm.ShareableList([2 ** 64], name='gopy_rt_leak2_%d' % os.getpid())
except Exception as e:
    print(type(e).__name__, e)
print(os.path.exists('/dev/shm/gopy_rt_leak1_%d' % os.getpid()), os.path.exists('/dev/shm/gopy_rt_leak2_%d' % os.getpid()))
