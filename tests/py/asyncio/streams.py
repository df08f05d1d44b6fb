# Streams over TCP and Unix sockets: start_server, open_connection, the StreamReader's
# read methods and errors, protocols and transports through create_server/create_connection.
import asyncio
import os
import socket
import tempfile


async def echo(reader, writer):
    peer = writer.get_extra_info('peername')
    print('server: peer is a', type(peer).__name__)
    async for line in reader:
        if line == b'quit\n':
            break
        writer.write(b'echo:' + line)
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def tcp():
    server = await asyncio.start_server(echo, '127.0.0.1', 0)
    print(server.is_serving(), len(server.sockets))
    host, port = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(host, port)
    for msg in (b'one\n', b'two\n'):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.writelines([b'th', b'ree\n'])
    print(await reader.readuntil(b'\n'))
    writer.write(b'quit\n')
    print(await reader.read())
    print(reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('refused:', type(e).__name__)


async def reader_methods():
    r = asyncio.StreamReader()
    r.feed_data(b'abcdef\nxyz')
    print(await r.readexactly(3), await r.readline(), await r.read(2))
    r.feed_data(b'12--34')
    print(await r.readuntil(b'--'))
    r.feed_eof()
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'toolongline\nrest\n')
    try:
        await r.readline()
    except ValueError as e:
        print('ValueError:', e)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b'abcdefgh')
    try:
        await r.readuntil(b'!')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed)
    for bad in (lambda: r.readuntil(b''), lambda: r.readexactly(-1)):
        try:
            await bad()
        except ValueError as e:
            print('ValueError:', e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError:', e)
    r = asyncio.StreamReader()
    r.set_exception(OSError('broken'))
    try:
        await r.read()
    except OSError as e:
        print('OSError:', e)

    # a waiting reader is woken by feed_data
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    try:
        await r.read()
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.feed_data(b'late\n')
    print(await t)


class Collect(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        self.transport = transport
        print('protocol: connection made')

    def data_received(self, data):
        self.chunks.append(data)
        if data.endswith(b'!'):
            self.transport.write(b'thanks')
            self.transport.close()

    def eof_received(self):
        print('protocol: eof')

    def connection_lost(self, exc):
        print('protocol: lost', exc, b''.join(self.chunks))
        self.done.set_result(None)


async def protocols():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    server = await loop.create_server(lambda: Collect(done), '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.can_write_eof(), writer.transport.get_write_buffer_size())
    writer.write(b'hello ')
    writer.write(b'there!')
    await done
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    try:
        writer.transport.write('text')
    except TypeError as e:
        print('TypeError:', e)


async def unix():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'sock')
        server = await asyncio.start_unix_server(echo, path)
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'unix\nquit\n')
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
        server.close()
        await server.wait_closed()


async def low_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b'x' * 100000)
    got = 0
    while got < 100000:
        got += len(await loop.sock_recv(b, 65536))
    print('sock_recv got', got)
    ready = loop.create_future()
    loop.add_reader(b.fileno(), lambda: ready.set_result(b.recv(10)))
    a.send(b'ping')
    print(await ready, loop.remove_reader(b.fileno()), loop.remove_reader(b.fileno()))
    a.close()
    b.close()
    blocking = socket.socket()
    try:
        await loop.sock_recv(blocking, 1)
    except OSError as e:
        print('OSError:', e)
    blocking.close()
    loop.set_debug(True)
    blocking = socket.socket()
    try:
        await loop.sock_recv(blocking, 1)
    except ValueError as e:
        print('ValueError in debug mode:', e)
    blocking.close()
    loop.set_debug(False)


async def main():
    await tcp()
    await reader_methods()
    await protocols()
    await unix()
    await low_level()

asyncio.run(main())
