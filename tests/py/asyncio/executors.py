# run_in_executor with thread and process pools, to_thread, wrap_future,
# call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import concurrent.futures
import threading


def square(x):
    return x * x


def explode(msg):
    raise RuntimeError(msg)


def blocking_wait(ev):
    ev.wait()
    return 'unblocked'


async def main():
    loop = asyncio.get_running_loop()
    # the default executor (threads)
    print(await loop.run_in_executor(None, square, 7))
    print(await asyncio.gather(*(loop.run_in_executor(None, square, i) for i in range(5))))
    try:
        await loop.run_in_executor(None, explode, 'in a thread')
    except RuntimeError as e:
        print('RuntimeError:', e)
    name = await loop.run_in_executor(None, lambda: threading.current_thread().name)
    print(name.startswith('asyncio_'))
    # a thread pool of our own
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        ev = threading.Event()
        waiting = loop.run_in_executor(pool, blocking_wait, ev)
        print(await loop.run_in_executor(pool, square, 3))
        ev.set()
        print(await waiting)
    # a process pool
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(6)))
        print('process pool:', results)
        try:
            await loop.run_in_executor(pool, explode, 'in a process')
        except RuntimeError as e:
            print('RuntimeError from a process:', e)
    # to_thread
    print(await asyncio.to_thread(square, 12))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    # wrap_future
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.isfuture(af), asyncio.wrap_future(af) is af)
    threading.Thread(target=cf.set_result, args=('from a thread',)).start()
    print(await af)
    try:
        asyncio.wrap_future(42)
    except Exception as e:
        print(type(e).__name__)
    # call_soon_threadsafe wakes the loop up
    got = loop.create_future()
    threading.Thread(target=loop.call_soon_threadsafe, args=(got.set_result, 'woken')).start()
    print(await got)
    # run_coroutine_threadsafe from another thread
    results = []

    async def add(a, b):
        await asyncio.sleep(0)
        return a + b

    def from_thread():
        fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        results.append(fut.result(timeout=30))
        bad = asyncio.run_coroutine_threadsafe(asyncio.sleep(3600), loop)
        bad.cancel()
        try:
            bad.result(timeout=30)
        except concurrent.futures.CancelledError:
            results.append('cancelled')
    t = threading.Thread(target=from_thread)
    t.start()
    await asyncio.to_thread(t.join)
    print(results)
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print('TypeError:', e)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, square, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

if __name__ == '__main__':
    asyncio.run(main())
