import os
try:
    os.waitpid(-1, 0)
except ChildProcessError:
    print("no children to wait for")
os.wait()
