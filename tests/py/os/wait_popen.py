# os's remaining process APIs: popen (read and write modes, close's status, errors),
# wait3/wait4 (rusage as resource.struct_rusage), waitid (waitid_result, WNOHANG, WNOWAIT),
# pidfd_open; the resource module (getrusage, getrlimit/setrlimit, errors).
import os
import resource
import select
import signal
import subprocess


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


f = os.popen('echo hello; echo world')
print(type(f).__name__, f.read(), f.close())
with os.popen('printf "a\\nb\\n"; exit 3') as f:
    print(list(f))
print(os.popen('exit 3').close(), os.popen('kill -9 $$').close())
w = os.popen('cat > /dev/null; exit 1', 'w')
print(w.write('data\n'), w.close())
attempt('cmd type', os.popen, ['ls'])
attempt('mode', os.popen, 'true', 'rb')
attempt('buffering', os.popen, 'true', 'r', 0)

p = subprocess.Popen(['sh', '-c', 'exit 5'])
pid, status, ru = os.wait4(p.pid, 0)
print(pid == p.pid, os.waitstatus_to_exitcode(status), type(ru).__name__, len(ru), ru.ru_utime >= 0,
      type(ru.ru_maxrss).__name__, ru[0] == ru.ru_utime, repr(ru).startswith('resource.struct_rusage(ru_utime='))
p.returncode = 5
p = subprocess.Popen(['sleep', '30'])
print(os.wait4(p.pid, os.WNOHANG)[:2])
p.kill()
pid, status, ru = os.wait3(0)
print(pid == p.pid, os.WIFSIGNALED(status), os.WTERMSIG(status))
p.returncode = -9
attempt('wait3 none', os.wait3, 0)
attempt('wait4 none', os.wait4, -1, os.WNOHANG)
attempt('wait4 type', os.wait4, 'x', 0)

print(os.P_PID, os.P_PGID, os.P_ALL, os.WEXITED, os.WSTOPPED, os.WNOWAIT, os.CLD_EXITED, os.CLD_KILLED)
p = subprocess.Popen(['sh', '-c', 'exit 7'])
r = os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT)
print(type(r).__name__, r.si_pid == p.pid, r.si_uid == os.getuid(), r.si_signo == signal.SIGCHLD,
      r.si_status, r.si_code == os.CLD_EXITED, len(r))
r = os.waitid(os.P_PID, p.pid, os.WEXITED)
print(r.si_status, r.si_code)
p.returncode = 7
p = subprocess.Popen(['sleep', '30'])
print(os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG))
p.kill()
r = os.waitid(os.P_ALL, 0, os.WEXITED)
print(r.si_pid == p.pid, r.si_status, r.si_code == os.CLD_KILLED)
p.returncode = -9
attempt('waitid none', os.waitid, os.P_ALL, 0, os.WEXITED)
attempt('waitid bad', os.waitid, os.P_ALL, 0, 0)

p = subprocess.Popen(['sleep', '30'])
fd = os.pidfd_open(p.pid)
print(type(fd).__name__, select.select([fd], [], [], 0)[0])
p.kill()
print(select.select([fd], [], [], 10)[0] == [fd], p.wait())
os.close(fd)
attempt('pidfd_open', os.pidfd_open, 2 ** 22 + 12345)

print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RLIM_INFINITY, resource.RLIMIT_NOFILE,
      resource.error is OSError, resource.getpagesize() > 0)
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u) is resource.struct_rusage, u.ru_utime >= 0, u.ru_maxrss > 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
attempt('rlimit', resource.getrlimit, 99)
attempt('rusage', resource.getrusage, 5)
if hard != resource.RLIM_INFINITY:
    attempt('raise soft', resource.setrlimit, resource.RLIMIT_NOFILE, (hard + 1, hard))
else:
    print('raise soft ValueError current limit exceeds maximum limit')
