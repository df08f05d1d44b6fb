import os
print(os.getpid() > 0, os.getppid() > 0)
print(os.getpid() != os.getppid())
