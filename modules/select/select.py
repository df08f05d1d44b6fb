# select for gopy: select(), poll and epoll objects over the module's Go primitives (_poll,
# _epoll_create, _epoll_ctl, _epoll_wait), which wait with the GIL released.

import errno as _errno

error = OSError

_FD_SETSIZE = 1024
_IN_SET = POLLIN | POLLHUP | POLLERR | POLLRDNORM | POLLRDBAND
_OUT_SET = POLLOUT | POLLERR | POLLWRNORM | POLLWRBAND
_EX_SET = POLLPRI


def _fd_of(obj):
    # CPython's descriptor converter: an int, or the int an object's fileno() gives.
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def select(rlist, wlist, xlist, timeout=None):
    """Wait until one or more file descriptors are ready for some kind of I/O.

    rlist, wlist and xlist hold integers or objects with a fileno() method; the result
    is three lists, the subsets of them ready for reading, writing and an exceptional
    condition. timeout is in seconds (a float), None to wait for ever."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    sets = []
    wanted = {}
    for objs, mask in ((rlist, _IN_SET), (wlist, _OUT_SET), (xlist, _EX_SET)):
        pairs = []
        try:
            objs = list(objs)
        except TypeError:
            raise TypeError("arguments 1-3 must be sequences") from None
        for obj in objs:
            fd = _fd_of(obj)
            if fd >= _FD_SETSIZE:
                raise ValueError("filedescriptor out of range in select()")
            pairs.append((obj, fd))
            wanted[fd] = wanted.get(fd, 0) | (mask & (POLLIN | POLLOUT | POLLPRI))
        sets.append((pairs, mask))
    ready = dict(_poll(list(wanted.items()), timeout))
    for revents in ready.values():
        if revents & POLLNVAL:
            raise OSError(_errno.EBADF, "Bad file descriptor")
    return tuple([obj for obj, fd in pairs if ready.get(fd, 0) & mask]
                 for pairs, mask in sets)


class poll:
    """A set of file descriptors to wait on (register, modify, unregister) and poll()."""

    def __init__(self):
        self._fds = {}
        self._busy = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        """Add fd (or change its mask) with the events to wait for."""
        fd = _fd_of(fd)
        if not isinstance(eventmask, int):
            raise TypeError("an integer is required")
        self._fds[fd] = eventmask & 0xFFFF

    def modify(self, fd, eventmask):
        """Change the events a registered fd is waited on for."""
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise FileNotFoundError(_errno.ENOENT, "No such file or directory")
        self._fds[fd] = eventmask & 0xFFFF

    def unregister(self, fd):
        """Remove fd from the set."""
        fd = _fd_of(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        """Wait (timeout in milliseconds, None or negative for ever) and return the list of
        (fd, event) pairs that are ready."""
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("timeout must be an integer or None")
            timeout = None if timeout < 0 else timeout / 1000.0
        if self._busy:
            raise RuntimeError("concurrent poll() invocation")
        self._busy = True
        try:
            return _poll(list(self._fds.items()), timeout)
        finally:
            self._busy = False

    def __repr__(self):
        return "<select.poll object at %#x>" % id(self)


class epoll:
    """An edge- or level-triggered interface to the Linux epoll facility over a descriptor
    of its own: register, modify, unregister, poll, close, fileno, and the context manager."""

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        self._epfd = _epoll_create()

    @classmethod
    def fromfd(cls, fd):
        """Make an epoll object from an epoll descriptor."""
        obj = cls.__new__(cls)
        obj._epfd = fd
        return obj

    def _live(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        """True when the epoll descriptor is closed."""
        return self._epfd < 0

    def close(self):
        """Close the epoll descriptor."""
        if self._epfd >= 0:
            import os
            fd, self._epfd = self._epfd, -1
            os.close(fd)

    def fileno(self):
        """Return the epoll descriptor."""
        return self._live()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Add fd with the events to wait for."""
        _epoll_ctl(self._live(), 1, _fd_of(fd), eventmask)

    def modify(self, fd, eventmask):
        """Change the events fd is waited on for."""
        _epoll_ctl(self._live(), 3, _fd_of(fd), eventmask)

    def unregister(self, fd):
        """Remove fd."""
        _epoll_ctl(self._live(), 2, _fd_of(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        """Wait (timeout in seconds, None or negative for ever) and return the list of
        (fd, events) pairs that are ready, at most maxevents of them."""
        epfd = self._live()
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                raise TypeError("timeout must be an integer or None")
            if timeout < 0:
                timeout = None
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents <= 0:
            raise ValueError("maxevents must be greater than 0, got %d" % maxevents)
        return _epoll_wait(epfd, timeout, maxevents)

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()
