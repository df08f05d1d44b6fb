# Segments of a child killed by SIGKILL and of a main process killed by SIGKILL are left to
# the resource tracker, which unlinks them once every process of the program is gone.
import multiprocessing as mp, os, signal
from multiprocessing import shared_memory as sm

def child(name):
    sm.SharedMemory(name=name, create=True, size=16)
    os.kill(os.getpid(), signal.SIGKILL)

if __name__ == '__main__':
    keep = sm.SharedMemory(name='gopy_rt_keep_%d' % os.getpid(), create=True, size=8)
    p = mp.Process(target=child, args=('gopy_rt_killed_%d' % os.getpid(),))
    p.start(); p.join()
    print(p.exitcode, os.path.exists('/dev/shm/gopy_rt_killed_%d' % os.getpid()), flush=True)
    keep.close(); keep.unlink()
    os.kill(os.getpid(), signal.SIGKILL)
