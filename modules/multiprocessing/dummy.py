# multiprocessing.dummy for gopy: multiprocessing's API over threads.
#
# Written for gopy; CPython 3.11's Lib/multiprocessing/dummy/__init__.py is the
# specification (the names, DummyProcess's checks and exitcode, Manager() being this
# module). gopy has no weak references, so a thread's finished children are dropped by
# active_children() rather than by the garbage collector.

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue'
    ]

import sys
import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore
from threading import Event, Condition, Barrier
from queue import Queue

from multiprocessing.dummy.connection import Pipe


class DummyProcess(threading.Thread):
    """A thread with the face of a multiprocessing.Process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False
        self._parent = current_process()

    def start(self):
        me = current_process()
        if self._parent is not me:
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(self._parent, me))
        self._start_called = True
        children = getattr(self._parent, '_children', None)
        if children is not None:
            children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if not self._start_called or self.is_alive():
            return None
        return 0


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = {}


def active_children():
    children = getattr(current_process(), '_children', None)
    if children is None:
        return []
    for p in list(children):
        if not p.is_alive():
            del children[p]
    return list(children)


def freeze_support():
    pass


class Namespace(object):
    def __init__(*args, **kwds):
        if len(args) != 1:
            raise TypeError("Namespace.__init__() takes 1 positional argument but %d were given" % len(args))
        args[0].__dict__.update(kwds)

    def __repr__(self):
        shown = sorted('%s=%r' % (k, v) for k, v in self.__dict__.items() if not k.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue
