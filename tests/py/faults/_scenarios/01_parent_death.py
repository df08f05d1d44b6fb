# Issue 16 item 1: Pool workers, a Manager server and a daemon Process end when their
# parent dies abruptly (os._exit). Prints how many are left a few seconds later.
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    pidfile = os.path.join(tmp, "pids")
    subprocess.run([sys.executable, os.path.join(here, "..", "_parent_death.py"), pidfile],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    with open(pidfile) as f:
        pids = [int(p) for p in f.read().split()]


def running(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


for _ in range(200):
    left = [p for p in pids if running(p)]
    if not left:
        break
    time.sleep(0.05)
print("children started:", len(pids), "left after parent died:", len(left))
