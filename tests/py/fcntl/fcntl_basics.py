# fcntl: fcntl(), ioctl(), flock() and lockf() with their argument rules and errors.
import fcntl
import multiprocessing
import os
import tempfile


def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print("nonblocking", bool(flags & os.O_NONBLOCK))
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print("nonblocking now", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
print("cloexec", fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print("inheritable", os.get_inheritable(w))
print("pipe size", fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)
dup = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 100)
print("dup at least 100", dup >= 100)
os.close(dup)
attempt("bytes arg", fcntl.fcntl, r, fcntl.F_GETFD, b"abcd")
attempt("str arg", fcntl.fcntl, r, fcntl.F_GETFD, "ab")
attempt("too long", fcntl.fcntl, r, fcntl.F_GETFL, "x" * 2000)
attempt("negative fd", fcntl.fcntl, -1, fcntl.F_GETFD)
attempt("not a descriptor", fcntl.fcntl, "x", fcntl.F_GETFD)
attempt("closed fd", fcntl.fcntl, 999, fcntl.F_GETFD)
attempt("bad command", fcntl.fcntl, r, 99999)
attempt("float arg", fcntl.fcntl, r, fcntl.F_GETFL, 1.5)
attempt("no args", fcntl.fcntl)
attempt("4 args", fcntl.fcntl, r, 1, 2, 3)

FIONREAD = 0x541B
attempt("ioctl FIONREAD empty", fcntl.ioctl, r, FIONREAD, b"xxxx")
os.write(w, b"abc")
attempt("ioctl FIONREAD", fcntl.ioctl, r, FIONREAD, b"xxxx")
buf = bytearray(4)
attempt("ioctl mutate", fcntl.ioctl, r, FIONREAD, buf)
print(buf)
buf = bytearray(4)
attempt("ioctl no mutate", fcntl.ioctl, r, FIONREAD, buf, False)
print(buf)
attempt("ioctl float", fcntl.ioctl, r, FIONREAD, 1.5)
attempt("ioctl on a pipe", fcntl.ioctl, r, 0x5401, 1)
os.close(r)
os.close(w)

with tempfile.TemporaryFile() as f:
    attempt("flock ex", fcntl.flock, f, fcntl.LOCK_EX)
    attempt("flock un", fcntl.flock, f.fileno(), fcntl.LOCK_UN)
    attempt("lockf ex", fcntl.lockf, f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, 0)
    attempt("lockf un", fcntl.lockf, f, fcntl.LOCK_UN, 10)
    attempt("lockf bad", fcntl.lockf, f, 0)
    attempt("lockf 1 arg", fcntl.lockf, f)
    attempt("flock 1 arg", fcntl.flock, f)
    attempt("flock closed", fcntl.flock, 999, fcntl.LOCK_EX)

# A lock held by another process: LOCK_NB fails at once.
def holder(path, ready, release):
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        fcntl.lockf(f, fcntl.LOCK_EX)
        ready.set()
        release.wait()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "lock")
        ready, release = multiprocessing.Event(), multiprocessing.Event()
        p = multiprocessing.Process(target=holder, args=(path, ready, release))
        p.start()
        ready.wait()
        with open(path, "r+") as f:
            attempt("flock held elsewhere", fcntl.flock, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            attempt("lockf held elsewhere", fcntl.lockf, f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            release.set()
            fcntl.flock(f, fcntl.LOCK_EX)
            print("flock got after release")
        p.join()
    print(sorted(n for n in dir(fcntl) if n.startswith("LOCK_")))
