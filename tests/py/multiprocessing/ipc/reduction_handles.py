# multiprocessing.reduction: send_handle/recv_handle pass a descriptor over a Pipe()
# connection (SCM_RIGHTS), in one process and to a child; DupFd; errors.
import multiprocessing as mp, os
from multiprocessing import reduction

def child(conn):
    fd = reduction.recv_handle(conn)
    os.write(fd, b'from child')
    os.close(fd)

if __name__ == '__main__':
    a, b = mp.Pipe()
    r, w = os.pipe()
    reduction.send_handle(a, w, os.getpid())
    fd = reduction.recv_handle(b)
    print(fd != w, os.get_inheritable(fd))
    os.write(fd, b'hi'); os.close(fd); print(os.read(r, 2))
    p = mp.Process(target=child, args=(b,)); p.start()
    reduction.send_handle(a, w, p.pid)
    p.join(); print(p.exitcode, os.read(r, 100))
    d = reduction.DupFd(w)
    print(type(d).__name__, type(d).__module__)
    fd2 = d.detach(); os.write(fd2, b'dup'); os.close(fd2); print(os.read(r, 3))
    x, y = mp.Pipe(False)
    for f in [lambda: reduction.send_handle(y, w, 0), lambda: reduction.recv_handle(x),
              lambda: reduction.send_handle(a, 'x', 0)]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    os.close(r); os.close(w)
