# Raising an exception instance again keeps the traceback it carries: the new frames
# go in front (raise e, raise e.with_traceback(tb), a future's stored exception).
import sys
import traceback


def entries(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)]


def f():
    raise ValueError('v')


try:
    f()
except ValueError as e:
    saved = e
print(entries(saved))


def again():
    raise saved


def with_tb():
    raise saved.with_traceback(saved.__traceback__)


def fresh_tb():
    raise saved.with_traceback(None)


for fn in (again, with_tb, fresh_tb):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, entries(e))

try:
    try:
        f()
    except ValueError as e:
        raise e
except ValueError as e:
    print('raise e in handler', entries(e))
try:
    try:
        f()
    except ValueError:
        raise
except ValueError as e:
    print('bare raise', entries(e))
again()
