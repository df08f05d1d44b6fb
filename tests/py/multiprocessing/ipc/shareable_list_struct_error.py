from multiprocessing import shared_memory as sm
import struct
try:
    sm.ShareableList([2**70])
except struct.error as e:
    print('caught struct.error', e)
