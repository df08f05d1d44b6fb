# An exception leaving a contextmanager's generator ends the script with CPython's report.
from contextlib import contextmanager


@contextmanager
def guard():
    try:
        yield
    except KeyError:
        raise LookupError('guard failed')


with guard():
    print('in guard')
    {}['x']
