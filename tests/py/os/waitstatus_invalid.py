import os
os.waitstatus_to_exitcode((19 << 8) | 0x7f)
