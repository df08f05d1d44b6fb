import os
try:
    os.close(999)
except OSError:
    print("caught OSError")
os.close(999)
