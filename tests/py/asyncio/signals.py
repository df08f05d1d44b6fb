# loop.add_signal_handler / remove_signal_handler, and their checks.
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda *a: got.set_result(a), 'usr1', 2)
    os.kill(os.getpid(), signal.SIGUSR1)
    print('handler got', await got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    for sig in ('x', 0, 10000):
        try:
            loop.add_signal_handler(sig, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print('TypeError:', e)
    # a second handler replaces the first
    hits = []
    loop.add_signal_handler(signal.SIGUSR2, hits.append, 'first')
    loop.add_signal_handler(signal.SIGUSR2, hits.append, 'second')
    os.kill(os.getpid(), signal.SIGUSR2)
    for _ in range(100):
        if hits:
            break
        await asyncio.sleep(0.01)
    print(hits)

asyncio.run(main())
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
