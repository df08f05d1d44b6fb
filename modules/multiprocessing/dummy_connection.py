# multiprocessing.dummy.connection for gopy: Listener, Client and Pipe between threads,
# as pairs of queue.Queue objects. Written for gopy; CPython 3.11's
# Lib/multiprocessing/dummy/connection.py is the specification.

__all__ = ['Client', 'Listener', 'Pipe']

from queue import Queue

families = [None]


class Listener(object):
    """Accepts the connections Client() makes to its address (a queue)."""

    def __init__(self, address=None, family=None, backlog=1):
        self._backlog_queue = Queue(backlog)

    def accept(self):
        inbox, outbox = self._backlog_queue.get()
        return Connection(inbox, outbox)

    def close(self):
        self._backlog_queue = None

    @property
    def address(self):
        return self._backlog_queue

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address):
    mine, theirs = Queue(), Queue()
    address.put((theirs, mine))
    return Connection(mine, theirs)


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


class Connection(object):
    """One end: what it sends goes into _out, what it receives comes from _in."""

    def __init__(self, _in, _out):
        self._in = _in
        self._out = _out
        self.send = _out.put
        self.send_bytes = _out.put
        self.recv = _in.get
        self.recv_bytes = _in.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()
