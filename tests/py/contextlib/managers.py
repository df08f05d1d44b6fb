# contextmanager (normal exit, exceptions handled, transformed or propagated, misuse errors, as a
# decorator), suppress, closing, nullcontext, redirect_stdout, ExitStack, ContextDecorator.
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator, AbstractContextManager


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('body', t)

try:
    with tag('b'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('wrapped') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print('transformed', e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    with two_yields():
        raise ValueError('x')
except ValueError as e:
    print('ValueError:', e)


@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(21), decorated.__name__)
print(tag.__name__, tag('z').__doc__)

with suppress(FileNotFoundError, KeyError):
    {}['missing']
print('suppressed')
try:
    with suppress(KeyError):
        raise IndexError('idx')
except IndexError as e:
    print('not suppressed:', e)


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext(5) as n:
    print('null', n)
with nullcontext() as n:
    print('null', n)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


w = W()
with redirect_stdout(w) as target:
    print('captured', 1)
print(target is w, ''.join(w.parts))

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.enter_context(tag('stacked'))
    stack.callback(print, 'callback 2', end='!\n')
    print('in stack')

with ExitStack() as stack:
    stack.push(lambda *exc: print('push saw', exc[0]) or True)
    raise OSError('suppressed by push')
print('after stack')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('original')
except ZeroDivisionError as e:
    print('replaced', type(e.__context__).__name__)

stack = ExitStack()
stack.callback(print, 'closed later')
moved = stack.pop_all()
stack.close()
print('before close')
moved.close()

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError:', e)


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('Managed exit', exc[0])


with Managed() as m:
    print(type(m).__name__)


class timed(ContextDecorator):
    def __enter__(self):
        print('enter timed')
        return self

    def __exit__(self, *exc):
        print('exit timed')
        return False


@timed()
def work():
    print('working')


work()
