# selectors for gopy: registration of file objects with the events wanted, over the select
# module's select(), poll and epoll. Written for gopy; CPython 3.11's API and messages.

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select
import sys

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


def _fileobj_to_fd(fileobj):
    """Return the descriptor of fileobj (an int, or an object with fileno())."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    """The read-only view get_map() gives: file objects to their SelectorKeys."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        return self._selector._registered(fileobj)

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The interface of every selector: register file objects for EVENT_READ and/or
    EVENT_WRITE (with data of the caller's), then select() those that are ready."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events; return its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; return the SelectorKey it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or data of a registered file object."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait (timeout in seconds; None: for ever, <= 0: not at all) and return a list
        of (key, events) for the ready file objects."""
        raise NotImplementedError

    def close(self):
        """Release the selector's resources."""
        pass

    def get_key(self, fileobj):
        """Return the SelectorKey of a registered file object."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """Return the mapping of file objects to SelectorKeys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    # The bookkeeping every concrete selector shares: keys by descriptor.

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A closed file object has no fileno() any more: find it among the keys.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError("Invalid events: {!r}".format(events))
        fd = self._fileobj_lookup(fileobj)
        if fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, fd))
        key = self._fd_to_key[fd] = SelectorKey(fileobj, fd, events, data)
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._fd_to_key[key.fd]
        return key

    def _registered(self, fileobj):
        fd = self._fileobj_lookup(fileobj)
        if fd not in self._fd_to_key:
            raise KeyError("{!r} is not registered".format(fileobj))
        return self._fd_to_key[fd]

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = self._fd_to_key[key.fd] = key._replace(data=data)
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready(self, pairs, read_bits, write_bits):
        # (fd, native events) pairs to (key, EVENT_* bits the key asked for).
        out = []
        for fd, native in pairs:
            key = self._fd_to_key.get(fd)
            if key is None:
                continue
            events = 0
            if native & ~write_bits:
                events |= EVENT_READ
            if native & ~read_bits:
                events |= EVENT_WRITE
            out.append((key, events & key.events))
        return out


class SelectSelector(_BaseSelectorImpl):
    """Selector over select.select()."""

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_READ]
        writers = [k.fd for k in self._fd_to_key.values() if k.events & EVENT_WRITE]
        try:
            r, w, _ = select.select(readers, writers, [], timeout)
        except InterruptedError:
            return []
        r, w = set(r), set(w)
        out = []
        for fd in r | w:
            key = self._fd_to_key.get(fd)
            if key is not None:
                events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
                out.append((key, events & key.events))
        return out


class _NativeSelector(_BaseSelectorImpl):
    # A selector whose kernel object (poll set, epoll descriptor) keeps the registrations.

    _selector_cls = None
    _EVENT_READ = _EVENT_WRITE = 0

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _native(self, events):
        return (self._EVENT_READ if events & EVENT_READ else 0) | \
            (self._EVENT_WRITE if events & EVENT_WRITE else 0)

    def register(self, fileobj, events, data=None):
        key = _BaseSelectorImpl.register(self, fileobj, events, data)
        try:
            self._selector.register(key.fd, self._native(events))
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            self._selector.modify(key.fd, self._native(events))
        if events != key.events or data != key.data:
            key = self._fd_to_key[key.fd] = key._replace(events=events, data=data)
        return key


class PollSelector(_NativeSelector):
    """Selector over select.poll()."""

    _selector_cls = select.poll
    _EVENT_READ = select.POLLIN
    _EVENT_WRITE = select.POLLOUT

    def select(self, timeout=None):
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
        try:
            pairs = self._selector.poll(timeout)
        except InterruptedError:
            return []
        return self._ready(pairs, self._EVENT_READ, self._EVENT_WRITE)


class EpollSelector(_NativeSelector):
    """Selector over select.epoll()."""

    _selector_cls = select.epoll
    _EVENT_READ = select.EPOLLIN
    _EVENT_WRITE = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def select(self, timeout=None):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = math.ceil(timeout * 1000) / 1000
        try:
            pairs = self._selector.poll(timeout, max(len(self._fd_to_key), 1))
        except InterruptedError:
            return []
        return self._ready(pairs, select.EPOLLIN, select.EPOLLOUT)

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
