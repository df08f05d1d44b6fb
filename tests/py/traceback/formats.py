# traceback.format_exc, print_exc, format_exception (chains, limit, chain=False),
# format_exception_only, format_tb, extract_tb: the text the interpreter prints itself.
import os
import sys
import traceback


def show(text, end=''):
    # Paths of frames as basenames: python3 names the main script by its absolute path.
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + os.path.basename(path) + '"' + rest
        out.append(line)
    print(''.join(out), end=end)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def inner(n):
    if n == 0:
        raise ValueError('deep problem')
    inner(n - 1)


def outer():
    inner(2)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    show(text)
    print('---')
    cap = Capture()
    traceback.print_exc(file=cap)
    show(cap.text())
    print('---')
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, value))
    print(len(traceback.format_exception(etype, value, tb)), traceback.format_exception(value)[-1], end='')
    show(''.join(traceback.format_exception(value, limit=2)))
    show(''.join(traceback.format_tb(tb)))
    print([(os.path.basename(f.filename), f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(value))

print(repr(traceback.format_exc()))

try:
    try:
        raise KeyError('k')
    except KeyError as e:
        raise RuntimeError('while handling') from e
except RuntimeError as err:
    show(''.join(traceback.format_exception(err)))
    print('--- no chain')
    show(''.join(traceback.format_exception(err, chain=False)))

try:
    try:
        raise ZeroDivisionError('division by zero')
    except ZeroDivisionError:
        raise TypeError('second')
except TypeError as err:
    cap = Capture()
    traceback.print_exception(err, file=cap)
    show(cap.text())


class MyError(Exception):
    pass


try:
    raise MyError()
except MyError:
    cap = Capture()
    traceback.print_exc(file=cap)
    show(cap.text())


def worker():
    try:
        raise OSError(2, 'No such file or directory', 'missing.txt')
    except OSError:
        return traceback.format_exc()


show(worker())
traceback.print_exception(ValueError('no traceback'), file=sys.stdout)
print(traceback.format_exception_only(KeyError('x')), traceback.format_exception(None, None, None))
