# Common shapes of asyncio programs: worker pools on a Queue, Runner, async generators
# in tasks, nested timeouts, callbacks from futures, the docs' examples.
import asyncio
import contextvars
import functools


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        try:
            results.append((name, item * item))
        finally:
            queue.task_done()


async def pool_of_workers():
    queue = asyncio.Queue()
    results = []
    for i in range(10):
        queue.put_nowait(i)
    workers = [asyncio.create_task(worker(f'w{n}', queue, results)) for n in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(v for _, v in results), [type(o).__name__ for o in outcome])


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def agen_in_tasks():
    async def total(n):
        return sum([i async for i in ticker(n)])
    print(await asyncio.gather(total(3), total(5)))
    agen = ticker(10)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()


async def nested_timeouts():
    try:
        async with asyncio.timeout(10):
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(5)
    except TimeoutError:
        print('inner expired:', inner.expired())
    async with asyncio.timeout(10) as outer:
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(5)
        except TimeoutError:
            print('caught inside, outer expired:', outer.expired())
    try:
        await asyncio.wait_for(asyncio.wait_for(asyncio.sleep(5), 0.01), 10)
    except asyncio.TimeoutError:
        print('nested wait_for timed out')


async def callbacks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    fut.add_done_callback(functools.partial(lambda tag, f: order.append((tag, f.result())), 'p'))
    ctx = contextvars.copy_context()
    fut.add_done_callback(lambda f: order.append('ctx'), context=ctx)
    loop.call_soon(fut.set_result, 'ok')
    await fut
    await asyncio.sleep(0)
    print(order)
    done = asyncio.Event()
    loop.call_later(0.01, done.set)
    await done.wait()
    print('event set by call_later')


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def docs_example():
    task1 = asyncio.create_task(say_after(0.02, 'hello'))
    task2 = asyncio.create_task(say_after(0.04, 'world'))
    await task1
    await task2
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(say_after(0.01, 'tg hello'))
        t2 = tg.create_task(say_after(0.03, 'tg world'))
    print(t1.done() and t2.done())


async def main():
    await pool_of_workers()
    await agen_in_tasks()
    await nested_timeouts()
    await callbacks()
    await docs_example()

asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, 'first')))
    print(runner.run(asyncio.sleep(0, 'second')))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
coro = asyncio.sleep(0)
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
try:
    runner.run(1)
except ValueError as e:
    print('ValueError:', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))))
fut = asyncio.ensure_future(asyncio.sleep(0, 'ensured'), loop=loop)
print(loop.run_until_complete(fut))
loop.close()
