# System information, ids, scheduling and the small helpers: uname, times, strerror,
# urandom, sysconf, fspath/fsencode/fsdecode, pipe2, memfd_create, terminal_size; argument
# errors with CPython's messages.
import os
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname="))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), repr(t).startswith("posix.times_result(user="))
print(t.user == t[0], t.elapsed > 0)
print(os.strerror(2), os.strerror(0), os.strerror(-1), os.strerror(99999))
print(len(os.urandom(16)), type(os.urandom(0)), os.urandom(0))
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), isinstance(os.getgroups(), list))
print(len(os.getloadavg()), all(isinstance(x, float) for x in os.getloadavg()))
print(os.sched_yield())
print(os.nice(0) == os.getpriority(os.PRIO_PROCESS, 0))
print(os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
print(os.sysconf("SC_PAGE_SIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]), os.sysconf("SC_CLK_TCK"))
print(os.sysconf("SC_NPROCESSORS_ONLN") >= 1, os.sysconf_names["SC_OPEN_MAX"])
print(os.get_exec_path({}), os.get_exec_path({'PATH': 'a:b'}))
print(os.fsencode('é'), os.fsencode(b'x'), os.fsdecode(b'abc'), os.fsdecode('s'))
class P:
    def __fspath__(self):
        return "pp"
class Bad:
    def __fspath__(self):
        return 3
print(os.fspath(P()), os.fspath(b"x"), os.fsencode(P()))
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r); os.close(w)
fd = os.memfd_create("x")
print(os.write(fd, b"abc"), os.fstat(fd).st_size, os.get_inheritable(fd))
os.close(fd)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0])
for f in [lambda: os.fspath(3), lambda: os.fspath(Bad()), lambda: os.fsencode(3), lambda: os.strerror("a"),
          lambda: os.sysconf("NOPE"), lambda: os.sysconf(1.5), lambda: os.sysconf(9999), lambda: os.urandom(-1),
          lambda: os.umask(), lambda: os.uname(1), lambda: os.isatty(), lambda: os.fsync(-1), lambda: os.fsync("a"),
          lambda: os.lseek(1), lambda: os.ftruncate(1), lambda: os.pread(1), lambda: os.open(), lambda: os.open("x"),
          lambda: os.unlink(), lambda: os.listdir(1, 2), lambda: os.terminal_size((1, 2, 3)), lambda: os.pwrite(1, "a", 0),
          lambda: os.getpriority(), lambda: os.access("x"), lambda: os.chmod("x"), lambda: os.utime("x", 3),
          lambda: os.utime("x", (1, 2), ns=(1, 2)), lambda: os.scandir(1, 2), lambda: os.unlink(3),
          lambda: os.rename("a", "b", "c"), lambda: os.stat(path="x", follow_symlinks=False, dir_fd=None, q=2),
          lambda: os.fstat(99999), lambda: os.stat("a\0b"), lambda: os.rename("a", b"b"), lambda: os.DirEntry(),
          lambda: os.get_terminal_size(99999), lambda: os.memfd_create(), lambda: os.pipe2()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(isinstance(os.getlogin(), str))
except OSError:
    print(True)
