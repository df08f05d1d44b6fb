# Issue 16 item 6: os integer arguments are not cut to 32 bits.
import os

for call in (lambda: os.kill(2**32 + 1, 0), lambda: os.write(2**32 + 1, b"x")):
    try:
        call()
        print("no error", end="; ")
    except OverflowError as e:
        print("OverflowError:", e, end="; ")
print()
