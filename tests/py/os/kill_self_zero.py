import os
os.kill(os.getpid(), 0)
print("signal 0 to self is fine")
