# loop.sock_sendfile and loop.sendfile: a file to a socket (by the kernel, or read and
# sent when the file has no descriptor), offsets and counts, the file position after,
# the argument errors, transports that cannot.
import asyncio
import io
import os
import socket
import tempfile


async def receive(loop, sock, n):
    got = b''
    while len(got) < n:
        chunk = await loop.sock_recv(sock, 1 << 16)
        if not chunk:
            break
        got += chunk
    return got


class Sink(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport


async def main():
    loop = asyncio.get_running_loop()
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'data.bin')
    payload = bytes(range(256)) * 4000
    with open(path, 'wb') as f:
        f.write(payload)
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with open(path, 'rb') as f:
        sent, got = await asyncio.gather(loop.sock_sendfile(a, f), receive(loop, b, len(payload)))
        print('whole', sent, got == payload, f.tell())
        sent = await loop.sock_sendfile(a, f, 1000, 5000)
        got = await receive(loop, b, 5000)
        print('part', sent, got == payload[1000:6000], f.tell())
    mem = io.BytesIO(payload[:70000])
    sent, got = await asyncio.gather(loop.sock_sendfile(a, mem, 10), receive(loop, b, 69990))
    print('fallback', sent, got == payload[10:70000], mem.tell())
    try:
        await loop.sock_sendfile(a, io.BytesIO(b'x'), fallback=False)
    except asyncio.SendfileNotAvailableError as e:
        print(type(e).__name__, e)
    with open(path, 'rb') as f:
        for kwargs in (dict(offset=-1), dict(offset='1'), dict(count=0), dict(count=1.5)):
            try:
                await loop.sock_sendfile(a, f, **kwargs)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
    with open(path, 'r') as t:
        try:
            await loop.sock_sendfile(a, t)
        except ValueError as e:
            print('ValueError', e)
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.sock_sendfile(u, io.BytesIO(b''))
    except ValueError as e:
        print('ValueError', e)
    u.close()
    with open(path, 'rb') as f:
        print('empty count', await loop.sock_sendfile(a, open(os.devnull, 'rb')))

    tr, pr = await loop.create_connection(Sink, sock=a)
    tr.write(b'head:')
    with open(path, 'rb') as f:
        sent, got = await asyncio.gather(loop.sendfile(tr, f, 0, 100000),
                                         receive(loop, b, 100005))
        print('transport', sent, got == b'head:' + payload[:100000], f.tell())
    sent, got = await asyncio.gather(loop.sendfile(tr, io.BytesIO(b'abc' * 10000)),
                                     receive(loop, b, 30000))
    print('transport fallback', sent, got == b'abc' * 10000)
    try:
        await loop.sendfile(tr, io.BytesIO(b'q'), fallback=False)
    except asyncio.SendfileNotAvailableError as e:
        print(type(e).__name__, e)
    tr.close()
    await asyncio.sleep(0)
    try:
        await loop.sendfile(tr, io.BytesIO(b'q'))
    except RuntimeError as e:
        print('RuntimeError', e)
    r, w = os.pipe()
    ptr, _ = await loop.connect_write_pipe(asyncio.Protocol, os.fdopen(w, 'wb'))
    try:
        await loop.sendfile(ptr, io.BytesIO(b'q'))
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' <')[0])
    ptr.close()
    os.close(r)
    b.close()

asyncio.run(main())
