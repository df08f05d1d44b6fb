# Socket and pipe transports: write() buffering, pause_writing/resume_writing around the
# limits, get_write_buffer_size/limits, write_eof, writes after close, abort, errors.
import asyncio
import os
import socket


class Recorder(asyncio.Protocol):
    def __init__(self, name):
        self.name = name
        self.events = []
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.events.append('made')

    def pause_writing(self):
        self.events.append('pause')

    def resume_writing(self):
        self.events.append('resume')

    def data_received(self, data):
        self.events.append(('data', len(data)))

    def eof_received(self):
        self.events.append('eof')

    def connection_lost(self, exc):
        self.events.append(('lost', type(exc).__name__ if exc else None))
        if not self.lost.done():
            self.lost.set_result(None)


async def drain_socket(sock, want):
    loop = asyncio.get_running_loop()
    got = 0
    while got < want:
        chunk = await loop.sock_recv(sock, 65536)
        if not chunk:
            break
        got += len(chunk)
    return got


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    tr, pr = await loop.create_connection(lambda: Recorder('sock'), sock=a)
    print(tr.get_write_buffer_limits(), tr.get_write_buffer_size(), tr.can_write_eof())
    tr.set_write_buffer_limits(high=1000)
    print(tr.get_write_buffer_limits())
    for bad in (dict(high=1, low=5), dict(low=-1)):
        try:
            tr.set_write_buffer_limits(**bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        tr.write('text')
    except TypeError as e:
        print('TypeError', e)
    tr.write(b'')
    big = b'x' * (4 * 1024 * 1024)
    tr.write(big)
    print('buffered', tr.get_write_buffer_size() > 1000, pr.events)
    got = await drain_socket(b, len(big))
    await asyncio.sleep(0)
    print('received', got, pr.events, tr.get_write_buffer_size())
    tr.writelines([b'ab', bytearray(b'cd'), memoryview(b'ef')])
    print(await drain_socket(b, 6))
    tr.write_eof()
    try:
        tr.write(b'more')
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await loop.sock_recv(b, 10))
    b.send(b'reply')
    b.close()
    await pr.lost
    print(pr.events, tr.is_closing())

    # a pipe's write end
    r, w = os.pipe()
    os.set_blocking(r, False)
    wtr, wpr = await loop.connect_write_pipe(lambda: Recorder('pipe'), os.fdopen(w, 'wb'))
    wtr.set_write_buffer_limits(high=100, low=10)
    wtr.write(b'y' * 200000)
    print('pipe buffered', wtr.get_write_buffer_size() > 0, wpr.events)
    total = 0
    while total < 200000:
        await asyncio.sleep(0)
        try:
            total += len(os.read(r, 1 << 20))
        except BlockingIOError:
            pass
    for _ in range(3):
        await asyncio.sleep(0)
    print('pipe read', total, wpr.events, wtr.get_write_buffer_size())
    wtr.close()
    wtr.write(b'after close')
    await wpr.lost
    print(wpr.events, os.read(r, 10))
    os.close(r)

    # abort drops what is buffered
    c, d = socket.socketpair()
    c.setblocking(False)
    tr2, pr2 = await loop.create_connection(lambda: Recorder('abort'), sock=c)
    tr2.write(b'z' * (8 * 1024 * 1024))
    tr2.abort()
    await pr2.lost
    print(pr2.events, tr2.get_write_buffer_size())
    for _ in range(7):
        tr2.write(b'lost')
    d.close()

    # the peer goes away while a write waits
    e, f = socket.socketpair()
    e.setblocking(False)
    tr3, pr3 = await loop.create_connection(lambda: Recorder('peer gone'), sock=e)
    tr3.write(b'w' * (8 * 1024 * 1024))
    f.close()
    await pr3.lost
    print(pr3.events)

asyncio.run(main())
