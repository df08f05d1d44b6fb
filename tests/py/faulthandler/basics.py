# faulthandler as CPython 3.11's where gopy can follow it: dump_traceback's text (one
# thread), enable/disable/is_enabled, argument checks and messages, register/unregister
# with a signal, dump_traceback_later's timeout checks (thread ids are masked).
import faulthandler
import io
import os
import re
import signal
import tempfile


def masked(text):
    return re.sub(r'0x[0-9a-f]{16}', 'THREAD', text).replace(os.path.abspath(__file__), 'SCRIPT')


fd, path = tempfile.mkstemp()


def read_back():
    with open(path) as f:
        text = f.read()
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, 0)
    return masked(text)


def inner():
    faulthandler.dump_traceback(fd, all_threads=False)


def outer():
    inner()


outer()
faulthandler.dump_traceback(fd)
print(read_back())
with open(path, 'w') as f:
    faulthandler.dump_traceback(f, all_threads=False)
print(read_back())

print(faulthandler.is_enabled())
print(faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable(),
      faulthandler.disable(), faulthandler.is_enabled())
print(faulthandler.enable(fd, all_threads=False), faulthandler.is_enabled(), faulthandler.disable())
for bad in [lambda: faulthandler.enable(io.StringIO()), lambda: faulthandler.enable(file=-1),
            lambda: faulthandler.dump_traceback(io.StringIO()), lambda: faulthandler.dump_traceback(-5),
            lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(-1),
            lambda: faulthandler.enable(file='x'), lambda: faulthandler.enable(1.5),
            lambda: faulthandler.register(signal.SIGSEGV), lambda: faulthandler.register(0),
            lambda: faulthandler.register(signal.SIGKILL), lambda: faulthandler.unregister(signal.SIGUSR2),
            lambda: faulthandler.unregister(999), lambda: faulthandler.cancel_dump_traceback_later(),
            lambda: faulthandler.dump_traceback_later(1e300)]:
    try:
        print('ok', bad())
    except Exception as e:
        print(type(e).__name__, e)


def handler_frame():
    os.kill(os.getpid(), signal.SIGUSR1)


print(faulthandler.register(signal.SIGUSR1, fd, all_threads=False))
handler_frame()
print(read_back())
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
faulthandler.dump_traceback_later(3600, file=fd)
faulthandler.cancel_dump_traceback_later()
faulthandler.cancel_dump_traceback_later()
os.close(fd)
os.unlink(path)
