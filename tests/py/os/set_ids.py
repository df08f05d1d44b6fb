# The set*id calls with the process's own ids (allowed to any user) and their argument errors.
import os
r = os.getresuid()
print(len(r), r[0] == os.getuid(), r[1] == os.geteuid(), os.getresgid()[0] == os.getgid())
os.setuid(os.getuid())
os.setgid(os.getgid())
os.seteuid(os.geteuid())
os.setegid(os.getegid())
os.setreuid(-1, -1)
os.setregid(-1, -1)
os.setresuid(-1, -1, -1)
os.setresgid(-1, -1, -1)
print(os.getresuid() == r)
for f in [lambda: os.setuid("a"), lambda: os.setuid(), lambda: os.setreuid(1), lambda: os.getresuid(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: os.setuid(2**40), lambda: os.setuid(-2), lambda: os.setuid(2**70), lambda: os.setreuid("a", 1), lambda: os.setresgid(1, "a", 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
