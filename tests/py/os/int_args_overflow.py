# Integer arguments of os functions are converted with CPython's ranges and OverflowErrors
# (C int, pid_t, ssize_t, off_t, uid_t/gid_t, dev_t, time_t): gpython's 64-bit ints were cut
# to the width of the system call, so os.kill(2**32 + 1, 0) became kill(1, 0) and
# os.close(2**32 + 1) closed stdout.
import os

big = [2**31, 2**32 + 1, 2**33 - 1, -2**31 - 1, 2**63, -2**63 - 1, 2**64]
bad_ids = [2**32 + 1, -2, -2**31 - 1, 2**63, 2**64, -2**64]
missing = "/nonexistent-gopy-test"
rows = [
    ("kill", big, lambda v: os.kill(v, 0)), ("killpg", big, lambda v: os.killpg(v, 0)),
    ("write", big, lambda v: os.write(v, b"")), ("read fd", big, lambda v: os.read(v, 0)),
    ("read n", [-1, -2**31 - 1, 2**63, 2**64], lambda v: os.read(0, v)),
    ("close", big, os.close), ("dup", big, os.dup), ("dup2", big, lambda v: os.dup2(0, v)),
    ("waitpid", big, lambda v: os.waitpid(v, os.WNOHANG)), ("waitpid options", big, lambda v: os.waitpid(-1, v)),
    ("getpgid", big, os.getpgid), ("setpgid", big, lambda v: os.setpgid(v, 0)), ("getsid", big, os.getsid),
    ("lseek pos", big, lambda v: os.lseek(9999, v, 0)), ("lseek how", big, lambda v: os.lseek(9999, 0, v)),
    ("umask", big, os.umask), ("fstat", big, os.fstat), ("isatty", big, os.isatty),
    ("open flags", big, lambda v: os.open(missing, v)), ("open mode", big, lambda v: os.open(missing, 0, v)),
    ("chmod", big, lambda v: os.chmod(missing, v)), ("strerror", big, os.strerror),
    ("get_inheritable", big, os.get_inheritable), ("set_blocking", big, lambda v: os.set_blocking(v, True)),
    ("sched_getaffinity", big, os.sched_getaffinity),
    ("getpriority", big, lambda v: os.getpriority(os.PRIO_PROCESS, v)),
    ("nice", big, os.nice), ("ftruncate", big, lambda v: os.ftruncate(9999, v)),
    ("pread offset", big, lambda v: os.pread(9999, 1, v)), ("pread n", big, lambda v: os.pread(9999, v, 0)),
    ("pwrite offset", big, lambda v: os.pwrite(9999, b"", v)),
    ("closerange", big, lambda v: os.closerange(v, v)), ("waitstatus_to_exitcode", big, os.waitstatus_to_exitcode),
    ("WEXITSTATUS", big, os.WEXITSTATUS), ("sysconf", big, os.sysconf), ("pipe2", big, os.pipe2),
    ("ttyname", big, os.ttyname), ("fchmod", big, lambda v: os.fchmod(v, 0)),
    ("truncate", big, lambda v: os.truncate(missing, v)), ("fsync", big, os.fsync),
    ("chown uid", bad_ids, lambda v: os.chown(missing, v, -1)), ("chown gid", bad_ids, lambda v: os.chown(missing, -1, v)),
    ("fchown", bad_ids, lambda v: os.fchown(9999, v, -1)), ("setuid", bad_ids, os.setuid), ("setgid", bad_ids, os.setgid),
    ("setreuid", bad_ids, lambda v: os.setreuid(v, -1)),
    ("urandom", [-1, 2**63, 2**64], os.urandom), ("getrandom", [-1, 2**63], os.getrandom),
    ("mknod device", [-1, 2**64], lambda v: os.mknod(missing + "/x", 0, v)), ("makedev", big, lambda v: os.makedev(v, 0)),
    ("major", [-1, 2**64], os.major),
    ("utime", big + [1e300, -1e300], lambda v: os.utime(missing, (v, v))),
    ("utime ns", [2**80, 2**100], lambda v: os.utime(missing, ns=(v, v))),
]
for name, values, f in rows:
    res = []
    for v in values:
        try:
            f(v)
            res.append("ok")
        except Exception as e:
            res.append("%s: %s" % (type(e).__name__, e))
    print(name, "|", " || ".join(res))
fd = os.memfd_create("x", 2**32 + 1)  # flags are taken modulo 2**32, as CPython's "I"
print(os.get_inheritable(fd))
os.close(fd)
