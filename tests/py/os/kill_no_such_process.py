import os
os.kill(99999999, 0)
