# CPython 3.11 registers attached segments too: one a child attaches to and unlinks is
# unregistered for the whole program; the tracker's module functions; a repeated unlink.
import multiprocessing as mp, os
from multiprocessing import shared_memory as sm, resource_tracker

def child(name):
    s = sm.SharedMemory(name)
    print('child sees', bytes(s.buf[:3]), flush=True)
    s.close(); s.unlink()

if __name__ == '__main__':
    s = sm.SharedMemory(name='gopy_rt_attach_%d' % os.getpid(), create=True, size=8)
    s.buf[:3] = b'abc'
    p = mp.Process(target=child, args=(s.name,)); p.start(); p.join()
    print(p.exitcode, os.path.exists('/dev/shm/' + s.name))
    try:
        s.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', str(e).replace(s.name, 'NAME'))
    s.close()
    t = sm.SharedMemory(name='gopy_rt_unreg_%d' % os.getpid(), create=True, size=8)
    resource_tracker.unregister(t._name, 'shared_memory')
    print(t._name == '/' + t.name, type(resource_tracker.getfd()).__name__)
    t.close()
    u = sm.SharedMemory(t.name); u.close(); u.unlink()
    print(os.path.exists('/dev/shm/' + t.name))
