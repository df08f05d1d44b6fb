# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, Queue, PriorityQueue,
# LifoQueue: who gets what in which order.
import asyncio


async def locks():
    lock = asyncio.Lock()
    order = []

    async def worker(name):
        async with lock:
            order.append(name + ' in')
            await asyncio.sleep(0)
            order.append(name + ' out')
    await asyncio.gather(*(worker(n) for n in 'abc'))
    print(order, lock.locked(), str(lock).endswith('[unlocked]>'))
    await lock.acquire()
    print(str(lock).endswith('[locked]>'))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(str(lock).endswith('[locked, waiters:1]>'))
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('waiter cancelled')
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await lock.acquire())
    lock.release()


async def events():
    ev = asyncio.Event()
    got = []

    async def waiter(i):
        await ev.wait()
        got.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), got, str(ev).endswith('[unset, waiters:3]>'))
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), got, await ev.wait())
    ev.clear()
    print(ev.is_set(), str(ev).endswith('[unset]>'))


async def conditions():
    cond = asyncio.Condition()
    items = []
    out = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            out.append((name, items.pop(0)))

    cs = [asyncio.create_task(consumer(n)) for n in ('c1', 'c2')]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append('y')
        cond.notify_all()
    await asyncio.gather(*cs)
    print(out)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())


async def semaphores():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]

    async def worker():
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            active[0] -= 1
    await asyncio.gather(*(worker() for _ in range(6)))
    print('peak', peak[0], sem.locked(), str(sem).endswith('[unlocked, value:2]>'))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)


async def barriers():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = []

    async def party(i):
        idx = await barrier.wait()
        results.append(idx)
    await asyncio.gather(*(party(i) for i in range(3)))
    print(sorted(results), barrier.n_waiting)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize(), str(q))
    produced, consumed = [], []

    async def producer():
        for i in range(5):
            await q.put(i)
            produced.append(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            consumed.append(item)
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(produced, consumed, q.empty())
    q.put_nowait('a')
    q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull', str(q))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print('getter cancelled', str(q))
    print(asyncio.Queue[int])


async def main():
    await locks()
    await events()
    await conditions()
    await semaphores()
    await barriers()
    await queues()

asyncio.run(main())
