# loop.create_datagram_endpoint: a UDP echo server and clients (connected and not), Unix
# datagram sockets, error_received, argument errors, close with datagrams queued.
import asyncio
import os
import socket
import tempfile


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.got = asyncio.Queue()
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        print(self.name, 'made', type(transport).__name__)

    def datagram_received(self, data, addr):
        self.got.put_nowait(data)

    def error_received(self, exc):
        print(self.name, 'error_received', type(exc).__name__)

    def connection_lost(self, exc):
        print(self.name, 'lost', exc)
        self.lost.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    print(server.get_extra_info('socket').type == socket.SOCK_DGRAM, server.get_extra_info('peername'))

    tr, pr = await loop.create_datagram_endpoint(lambda: Client('connected'), remote_addr=addr)
    print(tr.get_extra_info('peername') == addr, tr.get_write_buffer_size(), tr.is_closing())
    for word in (b'one', b'two'):
        tr.sendto(word)
        print(await pr.got.get())
    try:
        tr.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('ValueError', str(e).split(' or ')[0])
    try:
        tr.sendto('text')
    except TypeError as e:
        print('TypeError', e)
    tr.sendto(b'')
    tr.close()
    await pr.lost
    print(tr.is_closing())

    tr2, pr2 = await loop.create_datagram_endpoint(lambda: Client('free'), local_addr=('127.0.0.1', 0))
    tr2.sendto(b'hello', addr)
    print(await pr2.got.get())
    # a closed port answers with ICMP: the next receive reports ConnectionRefusedError
    dead = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    dead.bind(('127.0.0.1', 0))
    dead_addr = dead.getsockname()
    dead.close()
    tr3, pr3 = await loop.create_datagram_endpoint(lambda: Client('refused'), remote_addr=dead_addr)
    tr3.sendto(b'ping')
    await asyncio.sleep(0.2)
    tr3.abort()
    await pr3.lost
    tr2.close()
    await pr2.lost

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'srv.sock')
        utr, upr = await loop.create_datagram_endpoint(lambda: Client('unix'), local_addr=path,
                                                       family=socket.AF_UNIX)
        peer = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        peer.sendto(b'over unix', path)
        print(await upr.got.get())
        peer.close()
        utr.close()
        await upr.lost
        for bad in (dict(local_addr=5, family=socket.AF_UNIX),):
            try:
                await loop.create_datagram_endpoint(Client, **bad)
            except TypeError as e:
                print('TypeError', e)

    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for kwargs in (dict(sock=s, local_addr=('127.0.0.1', 0)), dict(), dict(local_addr='x'),
                   dict(sock=socket.socket())):
        try:
            await loop.create_datagram_endpoint(lambda: Client('bad'), **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, str(e).split(' got ')[0])
    tr4, pr4 = await loop.create_datagram_endpoint(lambda: Client('sock'), sock=s)
    print(tr4.get_extra_info('sockname')[0])
    tr4.close()
    await pr4.lost
    server.close()
    await asyncio.sleep(0)

asyncio.run(main())
