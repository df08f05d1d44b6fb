import os
print(os.getpgrp() == os.getpgid(0))
print(os.getpgid(os.getpid()) == os.getpgrp())
# The session and group as the kernel reports them (/proc/self/stat fields 5 and 6);
# the session id itself depends on where the suite runs (0 inside some containers).
stat = open("/proc/self/stat").read().rsplit(")", 1)[1].split()
print(os.getsid(0) == int(stat[3]) and os.getsid(os.getpid()) == os.getsid(0))
print(os.getpgrp() == int(stat[2]))
print(sorted(os.sched_getaffinity(0)) == sorted(os.sched_getaffinity(os.getpid())))
print(len(os.sched_getaffinity(0)) >= 1)
os.killpg(os.getpgrp(), 0)
print("signal 0 to own group is fine")
os.getpgid(99999999)
