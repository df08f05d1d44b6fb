# Text signatures of the functions of modules written in C in CPython (Go in gopy):
# __text_signature__ and inspect.signature, defaults naming module constants evaluated.
import binascii
import cmath
import gc
import inspect
import marshal
import math
import os
import sys
import time
import zlib

for f in (math.sqrt, math.log, math.hypot, math.comb, math.isclose, cmath.rect, time.sleep,
          time.strftime, binascii.hexlify, binascii.a2b_base64, zlib.compress, zlib.decompressobj,
          os.getcwd, os.open, os.stat, marshal.dumps, gc.collect, sys.getrecursionlimit, sys.exit,
          len):
    try:
        print(f.__name__, f.__text_signature__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
