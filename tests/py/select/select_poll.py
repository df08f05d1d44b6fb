# select (select, poll, epoll) and selectors (Select/Poll/Epoll/DefaultSelector) on pipes
# and socket-free descriptors: readiness for reading and writing, end of file, timeouts of
# zero, registration errors and messages, closed objects.
import os
import select
import selectors


def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


names = {}


def named(obj):
    # Descriptor numbers differ between interpreters: show the names given to them.
    if isinstance(obj, int):
        return names.get(obj, obj)
    if isinstance(obj, list):
        return [(names.get(fd, fd), ev) if isinstance(fd, int) else named(fd) for fd, ev in obj]
    if isinstance(obj, tuple):
        return type(obj)(named(x) for x in obj)
    return obj


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'Wrapped(%s)' % named(self.fd)


r, w = os.pipe()
names.update({r: 'r', w: 'w'})
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [w], [r], 0) == ([r], [w], []))
wr = Wrapped(r)
res = select.select([wr], [], [], None)
print(res[0][0] is wr, res)
print(select.select([], [], [], 0), select.select((), (), (), 0.0))
attempt('timeout type', select.select, [], [], [], 'x')
attempt('timeout neg', select.select, [], [], [], -1)
attempt('negative fd', select.select, [-1], [], [], 0)
attempt('big fd', select.select, [5000], [], [], 0)
attempt('no fileno', select.select, [object()], [], [], 0)
attempt('not iterable', select.select, 1, [], [], 0)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLHUP, select.EPOLLIN, select.EPOLLET)

p = select.poll()
p.register(r, select.POLLIN)
p.register(Wrapped(w))
print(named(sorted(p.poll(0))))
print(os.read(r, 100), named(p.poll(0)))
p.modify(r, select.POLLIN | select.POLLPRI)
p.unregister(w)
print(p.poll(0), p.poll(10))
attempt('modify missing', p.modify, 99, select.POLLIN)
attempt('unregister missing', p.unregister, 99)
attempt('poll timeout', p.poll, 'x')
attempt('register neg', p.register, -1)
os.close(w)
print(named(p.poll()), named(p.poll(-1)))

r, w = os.pipe()
names.update({r: 'r2', w: 'w2'})
ep = select.epoll()
print(ep.closed, type(ep.fileno()).__name__)
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(named(sorted(ep.poll(0))))
os.write(w, b'x')
print(named(sorted(ep.poll(0.01))))
ep.modify(w, select.EPOLLIN)
print(named(sorted(ep.poll(timeout=0, maxevents=5))))
ep.unregister(w)
attempt('register twice', ep.register, r)
attempt('unregister missing', ep.unregister, w)
attempt('maxevents', ep.poll, 0, 0)
ep.close()
ep.close()
print(ep.closed)
attempt('closed poll', ep.poll)
attempt('closed fileno', ep.fileno)
with select.epoll() as ep2:
    print(ep2.closed)
print(ep2.closed)
os.close(r)
os.close(w)

# selectors
print(selectors.DefaultSelector is selectors.EpollSelector, selectors.EVENT_READ, selectors.EVENT_WRITE)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    r, w = os.pipe()
    names.update({r: 'r3', w: 'w3'})
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, 'reader')
        print(cls.__name__, named(tuple(k)), sel.register(Wrapped(w), selectors.EVENT_WRITE, data=[1]).data)
        print(len(sel.get_map()), sorted(names[fd] for fd in sel.get_map()), sel.get_key(r).data)
        ready = sel.select(0)
        print([(key.fd == w, ev) for key, ev in ready])
        os.write(w, b'ping')
        ready = sel.select(None)
        print(sorted((key.data if isinstance(key.data, str) else 'w', ev) for key, ev in ready))
        print(sel.modify(r, selectors.EVENT_READ, 'renamed').data, sel.modify(r, selectors.EVENT_READ | selectors.EVENT_WRITE).events)
        attempt('events', sel.register, 99, 0)
        attempt('events', sel.register, 99, 4)
        try:
            sel.register(Wrapped(r), selectors.EVENT_READ)
        except KeyError as e:
            print('twice', e.args[0].replace('(FD %d)' % r, '(FD r3)'))
        attempt('missing', sel.unregister, 99)
        attempt('missing key', sel.get_key, 99)
        attempt('missing modify', sel.modify, 99, selectors.EVENT_READ)
        attempt('bad object', sel.register, 'x', selectors.EVENT_READ)
        attempt('negative', sel.register, -5, selectors.EVENT_READ)
        print(sel.unregister(r).fd == r, len(sel.get_map()))
        print(sel.select(0.001) != [])
    print(sel.get_map())
    attempt('closed', sel.get_key, w)
    os.close(r)
    os.close(w)
try:
    selectors.BaseSelector()
except TypeError as e:
    print('TypeError', e)
