import os
print(os.getpgrp() == os.getpgid(0))
print(os.getpgid(os.getpid()) == os.getpgrp())
print(os.getsid(0) > 0)
print(sorted(os.sched_getaffinity(0)) == sorted(os.sched_getaffinity(os.getpid())))
print(len(os.sched_getaffinity(0)) >= 1)
os.killpg(os.getpgrp(), 0)
print("signal 0 to own group is fine")
os.getpgid(99999999)
