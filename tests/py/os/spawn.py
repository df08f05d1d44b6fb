# os.spawn*: P_WAIT gives the exit status (minus the signal for a killed child), P_NOWAIT
# the pid; a program that cannot run gives 127, as a fork+exec child's exit status.
import os
import sys

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 3"]))
print(os.spawnv(os.P_WAIT, "/bin/sh", ("sh", "-c", "kill -9 $$")))
print(os.spawnv(os.P_WAIT, "/nonexistent/program", ["x"]))
print(os.spawnvp(os.P_WAIT, "true", ["true"]))
print(os.spawnvp(os.P_WAIT, "no-such-program-anywhere", ["x"]))
env = {"X": "7", "PATH": os.environ["PATH"]}
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit $X"], env))
print(os.spawnvpe(os.P_WAIT, "sh", ["sh", "-c", "exit $((X + 1))"], env))
print(os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "exit 4"))
print(os.spawnle(os.P_WAIT, "/bin/sh", "sh", "-c", "exit $X", env))
print(os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 5"))
print(os.spawnlpe(os.P_WAIT, "sh", "sh", "-c", "exit $X", env))
sys.stdout.flush()
pid = os.spawnl(os.P_NOWAIT, "/bin/sh", "sh", "-c", "echo from child; exit 9")
waited, status = os.waitpid(pid, 0)
print("nowait", waited == pid, os.waitstatus_to_exitcode(status))
pid = os.spawnv(os.P_NOWAIT, "/nonexistent/program", ["x"])
print("nowait missing", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in ([], "abc", [""], None):
    try:
        os.spawnv(os.P_WAIT, "/bin/sh", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
