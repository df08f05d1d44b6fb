# File objects on pipes: a blocking read lets other threads run (the writer below can
# only write once the main thread waits), a signal handler's exception interrupts it, and
# a pipe is not seekable.
import io
import os
import signal
import threading

r, w = os.pipe()
reader = open(r, 'r', encoding='utf-8')
writer = open(w, 'w', encoding='utf-8')
print(reader.seekable(), writer.seekable(), type(reader.buffer).__name__)
ready = threading.Event()


def produce():
    ready.wait()
    writer.write('from the thread\nsecond line\n')
    writer.flush()


t = threading.Thread(target=produce)
t.start()
ready.set()
print(repr(reader.readline()))
t.join()
print(repr(reader.readline()))
try:
    reader.tell()
except OSError as e:
    print(type(e).__name__, e)
try:
    reader.seek(0)
except OSError as e:
    print(type(e).__name__, e)


class Interrupted(Exception):
    pass


def handler(signum, frame):
    raise Interrupted('signal %d' % signum)


# A repeating timer: the signal may come just before read() starts waiting (CPython then
# only sees the next one), but one of them interrupts the wait.
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
try:
    reader.read(10)
except Interrupted as e:
    print('read interrupted:', e)
signal.setitimer(signal.ITIMER_REAL, 0, 0)
writer.write('after\n')
writer.close()
print(repr(reader.read()))
reader.close()

raw_r, raw_w = os.pipe()
with io.FileIO(raw_r, 'r') as fr, io.FileIO(raw_w, 'w') as fw:
    print(fw.write(b'abc'), fr.read(10), fr.seekable())
